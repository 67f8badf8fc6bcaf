// The ranking across the organisation's teams: only over teams whose latest visible round had
// at least 5 voters, and only when there are at least 3 such teams (no team names per dilemma).
import { Heading, Paragraph } from '@utrecht/component-library-react';
import { useQuery } from '@tanstack/react-query';
import { queryKeys } from '../../api/queries';
import { Loading, ProblemAlert } from '../../components/Feedback';
import { PageHeading } from '../../components/PageHeading';
import { useT } from '../../i18n/I18nProvider';
import { dilemmasApi } from './api';
import { Distribution, RankingTable } from './Parts';

export function OrgRankingPage() {
  const t = useT();
  const ranking = useQuery({ queryKey: queryKeys.dilemmas.orgRanking(), queryFn: dilemmasApi.orgRanking });
  const r = ranking.data;
  const list = r?.ranking ?? [];
  return (
    <>
      <PageHeading title={t('dilemmas.org.title')} />
      <Paragraph>{t('dilemmas.org.intro')}</Paragraph>
      {ranking.isPending && <Loading />}
      <ProblemAlert error={ranking.error} />
      {r && !r.visible && (
        <div className="vk-dl-hidden" role="status">
          <Paragraph>{t('dilemmas.org.hidden', { count: r.teams })}</Paragraph>
        </div>
      )}
      {r?.visible && (
        <>
          <Paragraph>{t('dilemmas.org.teams', { count: r.teams })}</Paragraph>
          <RankingTable id="dl-org-ranking" caption={t('dilemmas.org.caption')} ranking={list}
            showChange={list.some((e) => e.previousRank !== null)} />
          <Heading level={2}>{t('dilemmas.results.distribution')}</Heading>
          {list.map((e) => <Distribution key={e.dilemmaKey} id={`org-${e.dilemmaKey}`} entry={e} />)}
        </>
      )}
    </>
  );
}
