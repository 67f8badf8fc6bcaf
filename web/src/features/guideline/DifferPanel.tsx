// The live block "Waar verschillen we?" on the facilitator's screen: the five statements of the
// picture of the craft with the widest spread in the team (GET /teams/{id}/craft-picture/
// differences of the craft part), or how many responded while there are too few.
import { Heading, Paragraph } from '@utrecht/component-library-react';
import { useQuery } from '@tanstack/react-query';
import { api, isApiError } from '../../api/client';
import { queryKeys } from '../../api/queries';
import { Loading, ProblemAlert } from '../../components/Feedback';
import { useT } from '../../i18n/I18nProvider';
import './guideline.css';

export interface Difference {
  statementKey: string; themeKey: string; themeTitle: string; text: string;
  herken: number; anders: number; current: number; spread: number;
}
export interface Differences { visible: boolean; responders: number; items?: Difference[] }

/** The widest spread first, at most five. */
export function topDifferences(d: Differences | undefined, n = 5): Difference[] {
  return [...(d?.items ?? [])].sort((a, b) => b.spread - a.spread).slice(0, n);
}

export function DifferPanel({ teamId }: { teamId: number }) {
  const t = useT();
  const q = useQuery({
    queryKey: queryKeys.guideline.differences(teamId),
    queryFn: () => api.get<Differences>(`/teams/${teamId}/craft-picture/differences`),
    retry: false,
  });
  const absent = isApiError(q.error) && q.error.status === 404;
  const top = topDifferences(q.data);
  return (
    <section aria-labelledby="differ-heading" className="vk-gl-differ">
      <Heading level={2} id="differ-heading">{t('guideline.differ.title')}</Heading>
      {q.isPending && <Loading />}
      {absent ? <Paragraph>{t('guideline.differ.absent')}</Paragraph> : <ProblemAlert error={q.error} />}
      {q.data && !q.data.visible && <Paragraph>{t('guideline.differ.hidden', { n: q.data.responders })}</Paragraph>}
      {q.data?.visible && (
        <>
          <Paragraph>{t('guideline.differ.intro')}</Paragraph>
          {top.length === 0 ? <Paragraph>{t('guideline.differ.none')}</Paragraph> : (
            <ol className="vk-gl-differ__list">
              {top.map((d) => (
                <li key={d.statementKey}>
                  <p className="vk-gl-hint">{d.themeTitle}</p>
                  <p className="vk-gl-differ__text">{d.text}</p>
                  <p>{t('guideline.differ.counts', { herken: d.herken, anders: d.anders, current: d.current })}</p>
                </li>
              ))}
            </ol>
          )}
        </>
      )}
    </section>
  );
}
