// The team's matrix of the five rules x the four parts of the assignment: how many examples
// each cell has (private ones counted, a count is not a person), the examples members shared,
// and for an empty cell a question to the team. On a laptop a table with the rules as rows;
// on a phone one rule at a time as a list of parts (no sideways scrolling). Beside each rule
// what partners said of it, once the partners' view is there.
import { Heading, Paragraph } from '@utrecht/component-library-react';
import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { queryKeys, useMe } from '../../api/queries';
import { Loading, ProblemAlert } from '../../components/Feedback';
import { PageHeading } from '../../components/PageHeading';
import { RouterLink } from '../../components/RouterLink';
import { useT } from '../../i18n/I18nProvider';
import { guidelineApi, type Cell, type PartnerView, type Rule } from './api';
import { cellOf, filled, partnerLine } from './logic';
import { paths } from './paths';
import './guideline.css';

function CellBody({ teamId, cell }: { teamId: number; cell: Cell | undefined }) {
  const t = useT();
  if (!cell) return null;
  if (cell.count === 0)
    return (
      <div className="vk-gl-cell vk-gl-cell--empty">
        <p className="vk-gl-question">{cell.question}</p>
        <RouterLink to={paths.mine(teamId, cell.ruleKey, cell.partKey)}>{t('guideline.matrix.add')}</RouterLink>
      </div>
    );
  return (
    <div className="vk-gl-cell">
      <p className="vk-gl-count">{t(cell.count === 1 ? 'guideline.matrix.countOne' : 'guideline.matrix.count', { n: cell.count })}</p>
      {cell.examples.length > 0 ? (
        <ul className="vk-gl-examples">
          {cell.examples.map((e) => (
            <li key={e.id}>
              {e.text}
              {e.source === 'sessie' && <span className="vk-gl-tag"> {t('guideline.matrix.fromSession')}</span>}
            </li>
          ))}
        </ul>
      ) : (
        <p className="vk-gl-hint">{t('guideline.matrix.noneShared')}</p>
      )}
    </div>
  );
}

function PartnerLine({ view, rule }: { view: PartnerView | null | undefined; rule: Rule }) {
  const t = useT();
  const line = partnerLine(view, rule.key);
  if (!line) return null;
  return <p className="vk-gl-partners">{t('guideline.matrix.partners', { n: line.herken, of: line.of })}</p>;
}

export function MatrixPage() {
  const t = useT();
  const teamId = Number(useParams().teamId);
  const me = useMe();
  const teamName = me.data?.teams.find((x) => x.id === teamId)?.name ?? '';
  const matrix = useQuery({ queryKey: queryKeys.guideline.matrix(teamId), queryFn: () => guidelineApi.matrix(teamId) });
  const partners = useQuery({ queryKey: queryKeys.guideline.partnerView(teamId), queryFn: () => guidelineApi.partnerView(teamId), retry: false });
  const m = matrix.data;
  return (
    <>
      <PageHeading title={t('guideline.matrix.title', { team: teamName })} />
      <Paragraph>{t('guideline.matrix.intro')}</Paragraph>
      <ul className="vk-gl-links">
        <li><RouterLink to={paths.mine(teamId)}>{t('guideline.matrix.mine')}</RouterLink></li>
        <li><RouterLink to={paths.organisation}>{t('guideline.org.title')}</RouterLink></li>
      </ul>
      {matrix.isPending && <Loading />}
      <ProblemAlert error={matrix.error} />
      {m && (
        <>
          <Paragraph className="vk-gl-summary">
            {t('guideline.matrix.summary', { filled: filled(m), total: m.cells.length, contributors: m.contributors })}
          </Paragraph>
          <table className="vk-gl-table">
            <caption className="vk-visually-hidden">{t('guideline.matrix.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('guideline.matrix.rule')}</th>
                {m.parts.map((p) => <th scope="col" key={p.key}>{p.name}</th>)}
              </tr>
            </thead>
            <tbody>
              {m.rules.map((r) => (
                <tr key={r.key}>
                  <th scope="row">
                    <span className="vk-gl-rule">{r.name}</span>
                    <PartnerLine view={partners.data} rule={r} />
                  </th>
                  {m.parts.map((p) => <td key={p.key}><CellBody teamId={teamId} cell={cellOf(m, r.key, p.key)} /></td>)}
                </tr>
              ))}
            </tbody>
          </table>
          <div className="vk-gl-list">
            {m.rules.map((r) => (
              <section key={r.key} aria-labelledby={`gl-rule-${r.key}`} className="vk-gl-rulecard">
                <Heading level={2} id={`gl-rule-${r.key}`}>{r.name}</Heading>
                <Paragraph className="vk-gl-description">{r.description}</Paragraph>
                <PartnerLine view={partners.data} rule={r} />
                <ul className="vk-gl-parts">
                  {m.parts.map((p) => (
                    <li key={p.key}>
                      <Heading level={3}>{p.name}</Heading>
                      <CellBody teamId={teamId} cell={cellOf(m, r.key, p.key)} />
                    </li>
                  ))}
                </ul>
              </section>
            ))}
          </div>
          <section aria-labelledby="gl-loadings" className="vk-gl-loadings">
            <Heading level={2} id="gl-loadings">{t('guideline.loadings.title')}</Heading>
            <Paragraph>{t('guideline.loadings.intro')}</Paragraph>
            <dl>
              {m.rules.map((r) => {
                const l = m.loadings.find((x) => x.ruleKey === r.key);
                return (
                  <div key={r.key}>
                    <dt>{r.name} <span className="vk-gl-hint">({t('guideline.loadings.count', { n: l?.count ?? 0 })})</span></dt>
                    {(l?.lines ?? []).map((line, i) => <dd key={i}>{line}</dd>)}
                  </div>
                );
              })}
            </dl>
          </section>
        </>
      )}
    </>
  );
}
