// What the dilemma pages share: the names of life domains, rules of thumb and craft themes, a
// dilemma as it reads in the library, the distribution of a vote and the ranking table.
import { Heading, Paragraph, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useIntl } from 'react-intl';
import { queryKeys, useMe } from '../../api/queries';
import { ScrollTable } from '../../components/ScrollTable';
import { useT } from '../../i18n/I18nProvider';
import { interviewsApi } from '../interviews/api';
import { fetchCatalogue } from '../knowledge/api';
import { liveApi } from '../live/api';
import { CURRENT, PERSPECTIVES, type DilemmaInput, type RankingEntry } from './api';
import { changeWording, shares } from './logic';
import './dilemmas.css';

/** Names for the keys a dilemma links to (life domains, rules of thumb, craft themes). */
export function useNames() {
  const catalogue = useQuery({ queryKey: queryKeys.knowledge.catalogue(), queryFn: fetchCatalogue, staleTime: 300_000 });
  const guideline = useQuery({ queryKey: queryKeys.live.guideline(), queryFn: liveApi.guideline, staleTime: 300_000 });
  const themes = useQuery({ queryKey: queryKeys.interviews.themes(), queryFn: interviewsApi.themes, staleTime: 300_000 });
  const domains = catalogue.data?.domains ?? [];
  const rules = guideline.data?.rules ?? [];
  const craft = themes.data?.items ?? [];
  return {
    domains: domains.map((d) => ({ key: d.id, name: d.name })),
    rules: rules.map((r) => ({ key: r.key, name: r.name })),
    themes: craft.map((c) => ({ key: c.key, name: c.title })),
    domain: useCallback((k: string) => domains.find((d) => d.id === k)?.name ?? k, [domains]),
    rule: useCallback((k: string) => rules.find((r) => r.key === k)?.name ?? k, [rules]),
    theme: useCallback((k: string) => craft.find((c) => c.key === k)?.title ?? k, [craft]),
  };
}
export type Names = ReturnType<typeof useNames>;

/** A mean with one decimal, in the chosen language ("3,8"). */
function useMean() {
  const intl = useIntl();
  return (n: number) => intl.formatNumber(n, { maximumFractionDigits: 1 });
}

/** The team's name from the session (the pages are per team). */
export function useTeamName(teamId: number): string {
  const me = useMe();
  return me.data?.teams.find((x) => x.id === teamId)?.name ?? '';
}

function Side({ id, label, side }: { id: string; label: string; side: DilemmaInput['a'] }) {
  const t = useT();
  return (
    <section className="vk-dl-side" aria-labelledby={id}>
      <p className="vk-dl-side__label">{label}</p>
      <Heading level={4} id={id} className="vk-dl-side__choice">{side.choice}</Heading>
      {side.cost && <Paragraph><strong>{t('dilemmas.view.cost')}</strong> {side.cost}</Paragraph>}
      {side.values.length > 0 && <Paragraph><strong>{t('dilemmas.view.values')}</strong> {side.values.join(' · ')}</Paragraph>}
    </section>
  );
}

/** A dilemma as the library shows it: tension, both sides, perspectives, links, examples, questions. */
export function DilemmaView({ id, d, names, headingLevel = 3, meta }: { id: string; d: DilemmaInput; names: Names; headingLevel?: 2 | 3; meta?: React.ReactNode }) {
  const t = useT();
  const links = [
    ...d.domains.map((k) => ({ kind: t('dilemmas.view.domain'), name: names.domain(k), k: `d-${k}` })),
    ...d.rules.map((k) => ({ kind: t('dilemmas.view.rule'), name: names.rule(k), k: `r-${k}` })),
    ...d.themes.map((k) => ({ kind: t('dilemmas.view.theme'), name: names.theme(k), k: `t-${k}` })),
  ];
  const perspectives = PERSPECTIVES.map((w) => ({ who: w, stake: d.perspectives.find((p) => p.who === w)?.stake ?? '' })).filter((p) => p.stake);
  return (
    <article className="vk-dl" aria-labelledby={`${id}-title`}>
      <Heading level={headingLevel} id={`${id}-title`} className="vk-dl__title">{d.title}</Heading>
      {meta}
      <Paragraph className="vk-dl__tension">{d.tension}</Paragraph>
      <div className="vk-dl-sides">
        <Side id={`${id}-a`} label={t('dilemmas.view.sideA')} side={d.a} />
        <Side id={`${id}-b`} label={t('dilemmas.view.sideB')} side={d.b} />
      </div>
      {perspectives.length > 0 && (
        <>
          <Heading level={4}>{t('dilemmas.view.perspectives')}</Heading>
          <dl className="vk-dl-perspectives">
            {perspectives.map((p) => (
              <div key={p.who}>
                <dt>{t(`dilemmas.perspective.${p.who}`)}</dt>
                <dd>{p.stake}</dd>
              </div>
            ))}
          </dl>
        </>
      )}
      {links.length > 0 && (
        <Paragraph className="vk-dl-links">
          <strong>{t('dilemmas.view.links')}</strong>{' '}
          {links.map((l, i) => (
            <span key={l.k}>
              {i > 0 && ' · '}
              <span className="vk-dl-links__kind">{l.kind}:</span> {l.name}
            </span>
          ))}
        </Paragraph>
      )}
      {d.examples.length > 0 && (
        <>
          <Heading level={4}>{t('dilemmas.view.examples')}</Heading>
          <ul>{d.examples.map((e) => <li key={e}>{e}</li>)}</ul>
        </>
      )}
      {d.questions.length > 0 && (
        <>
          <Heading level={4}>{t('dilemmas.view.questions')}</Heading>
          <ul>{d.questions.map((q) => <li key={q}>{q}</li>)}</ul>
        </>
      )}
    </article>
  );
}

/** "2 plaatsen gestegen", with an arrow that is only decoration. */
export function ChangeText({ entry }: { entry: Pick<RankingEntry, 'change' | 'previousRank'> }) {
  const t = useT();
  const w = changeWording(entry);
  const arrow = w.id.endsWith('.up') ? '▲' : w.id.endsWith('.down') ? '▼' : w.id.endsWith('.same') ? '=' : '•';
  return (
    <span className={`vk-dl-change vk-dl-change--${w.id.split('.').pop()}`}>
      <span aria-hidden="true">{arrow} </span>
      {t(w.id, { count: w.count })}
    </span>
  );
}

function Bars({ id, caption, rows }: { id: string; caption: string; rows: { label: string; count: number }[] }) {
  const t = useT();
  const pct = shares(rows.map((r) => r.count));
  return (
    <div className="vk-dl-bars">
      <p className="vk-dl-bars__caption" id={id}>{caption}</p>
      <ul aria-labelledby={id}>
        {rows.map((r, i) => (
          <li key={r.label} className="vk-dl-bar">
            <span className="vk-dl-bar__label">{r.label}</span>
            <span className="vk-dl-bar__track" aria-hidden="true">
              <span className="vk-dl-bar__fill" style={{ inlineSize: `${pct[i]}%` }} />
            </span>
            <span className="vk-dl-bar__value">{t('dilemmas.results.count', { count: r.count, pct: pct[i] })}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** How a dilemma was answered: never who, only how many. */
export function Distribution({ id, entry }: { id: string; entry: RankingEntry }) {
  const t = useT();
  const mean = useMean();
  return (
    <section className="vk-dl-dist" aria-labelledby={`${id}-title`}>
      <Heading level={3} id={`${id}-title`}>{entry.rank}. {entry.title}</Heading>
      <Paragraph className="vk-dl-dist__summary">
        {t('dilemmas.results.summary', { votes: entry.votes, mean: mean(entry.recognisableMean) })}{' '}
        {entry.previousRank !== null && <ChangeText entry={entry} />}
      </Paragraph>
      <div className="vk-dl-dist__grid">
        <Bars id={`${id}-rec`} caption={t('dilemmas.results.recognisable')}
          rows={[1, 2, 3, 4, 5].map((n) => ({ label: t(`dilemmas.scale.${n}`), count: entry.recognisable[n - 1] ?? 0 }))} />
        <Bars id={`${id}-cur`} caption={t('dilemmas.results.current')}
          rows={CURRENT.map((c) => ({ label: t(`dilemmas.current.${c}`), count: entry.current[c] ?? 0 }))} />
      </div>
    </section>
  );
}

export function RankingTable({ id, caption, ranking, showChange }: { id: string; caption: string; ranking: RankingEntry[]; showChange: boolean }) {
  const t = useT();
  const mean = useMean();
  return (
    <ScrollTable id={id} caption={caption}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell scope="col">{t('dilemmas.ranking.dilemma')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('dilemmas.ranking.mean')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('dilemmas.ranking.currentYes')}</TableHeaderCell>
          {showChange && <TableHeaderCell scope="col">{t('dilemmas.ranking.change')}</TableHeaderCell>}
        </TableRow>
      </TableHeader>
      <TableBody>
        {ranking.map((e) => (
          <TableRow key={e.dilemmaKey}>
            <TableHeaderCell scope="row" className="vk-dl-ranking__title">
              <span className="vk-dl-ranking__rank">{t('dilemmas.ranking.place', { rank: e.rank })}</span> {e.title}
            </TableHeaderCell>
            <TableCell>{mean(e.recognisableMean)}</TableCell>
            <TableCell>{t('dilemmas.ranking.yesOf', { yes: e.current.ja ?? 0, votes: e.votes })}</TableCell>
            {showChange && <TableCell><ChangeText entry={e} /></TableCell>}
          </TableRow>
        ))}
      </TableBody>
    </ScrollTable>
  );
}
