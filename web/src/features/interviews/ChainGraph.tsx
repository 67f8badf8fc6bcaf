// The team's interview chain as a graph (who interviewed whom), and the same as a table.
import { useT } from '../../i18n/I18nProvider';
import type { Chain } from './api';
import { useDates } from '../../i18n/dates';

export function ChainGraph({ chain }: { chain: Chain }) {
  const dates = useDates();
  const t = useT();
  const n = chain.people.length;
  const W = 520;
  const H = 320;
  const pos = new Map<number, { x: number; y: number }>();
  chain.people.forEach((p, i) => {
    const a = (2 * Math.PI * i) / Math.max(n, 1) - Math.PI / 2;
    pos.set(p.id, { x: W / 2 + 120 * Math.cos(a) * 1.6, y: H / 2 + 120 * Math.sin(a) });
  });
  const name = (id: number | null) => chain.people.find((p) => p.id === id)?.name ?? '–';
  return (
    <>
      {n > 0 && (
        <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={t('threads.chain.graphLabel', { n: chain.links.length })} className="vk-chain">
          <defs>
            <marker id="vk-arrow" viewBox="0 0 10 10" refX="24" refY="5" markerWidth="6" markerHeight="6" orient="auto-start-reverse">
              <path d="M 0 0 L 10 5 L 0 10 z" fill="#4b2e83" />
            </marker>
          </defs>
          {chain.links.map((l) => {
            const a = l.from !== null ? pos.get(l.from) : undefined;
            const b = pos.get(l.to);
            if (!a || !b) return null;
            return <line key={l.id} x1={a.x} y1={a.y} x2={b.x} y2={b.y} stroke="#4b2e83" strokeWidth="2" markerEnd="url(#vk-arrow)" />;
          })}
          {chain.people.map((p) => {
            const q = pos.get(p.id)!;
            return (
              <g key={p.id} transform={`translate(${q.x},${q.y})`}>
                <circle r="14" fill="#fff" stroke="#4b2e83" strokeWidth="2" />
                <text y="30" textAnchor="middle" className="vk-chain__name">{p.name}</text>
              </g>
            );
          })}
        </svg>
      )}
      <div className="vk-table-scroll" role="region" aria-labelledby="chain-table-caption" tabIndex={0}>
      <table className="vk-table">
        <caption id="chain-table-caption">{t('threads.chain.table')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('threads.chain.from')}</th>
            <th scope="col">{t('threads.chain.to')}</th>
            <th scope="col">{t('interviews.col.purpose')}</th>
            <th scope="col">{t('interviews.col.date')}</th>
          </tr>
        </thead>
        <tbody>
          {chain.links.map((l) => (
            <tr key={l.id}>
              <td>{name(l.from)}</td>
              <td>{name(l.to)}</td>
              <td>{t(`interviews.purpose.${l.purpose}`)}</td>
              <td>{dates.date(l.date)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      </div>
    </>
  );
}
