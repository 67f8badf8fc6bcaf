// A round's results: hidden while the round is open and when fewer than the minimum voted
// (only the count shows); then the ranking with its change since the previous round and per
// dilemma how it was answered (never who answered what).
import { Heading, Paragraph } from '@utrecht/component-library-react';
import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { queryKeys } from '../../api/queries';
import { Loading, ProblemAlert } from '../../components/Feedback';
import { PageHeading } from '../../components/PageHeading';
import { RouterLink } from '../../components/RouterLink';
import { useDates } from '../../i18n/dates';
import { useT } from '../../i18n/I18nProvider';
import { dilemmasApi } from './api';
import { resultsState } from './logic';
import { Distribution, RankingTable, useTeamName } from './Parts';
import { paths } from './paths';

export function ResultsPage() {
  const t = useT();
  const dates = useDates();
  const roundId = Number(useParams().roundId);
  const results = useQuery({ queryKey: queryKeys.dilemmas.results(roundId), queryFn: () => dilemmasApi.results(roundId) });
  const teamName = useTeamName(results.data?.round.teamId ?? 0);
  const r = results.data;
  const state = r ? resultsState(r) : null;
  return (
    <>
      <PageHeading title={t('dilemmas.results.title')} />
      {results.isPending && <Loading />}
      <ProblemAlert error={results.error} />
      {r && (
        <>
          <Paragraph>
            {t('dilemmas.results.intro', { team: teamName, date: dates.date(r.round.openedAt) })}{' '}
            <RouterLink to={paths.rounds(r.round.teamId)}>{t('dilemmas.results.allRounds')}</RouterLink>
          </Paragraph>
          {state === 'open' && (
            <div className="vk-dl-hidden" role="status">
              <Paragraph>{t('dilemmas.results.hiddenOpen', { count: r.voterCount, min: r.minVoters })}</Paragraph>
              <Paragraph><RouterLink to={paths.vote(roundId)}>{t('dilemmas.rounds.voteNow')}</RouterLink></Paragraph>
            </div>
          )}
          {state === 'tooFew' && (
            <div className="vk-dl-hidden" role="status">
              <Paragraph>{t('dilemmas.results.hiddenTooFew', { count: r.voterCount, min: r.minVoters })}</Paragraph>
            </div>
          )}
          {state === 'visible' && (
            <>
              <Paragraph>{t('dilemmas.results.voters', { count: r.voterCount })}</Paragraph>
              <Heading level={2}>{t('dilemmas.results.ranking')}</Heading>
              <RankingTable id="dl-ranking" caption={t('dilemmas.results.rankingCaption')} ranking={r.ranking} showChange />
              <Heading level={2}>{t('dilemmas.results.distribution')}</Heading>
              <Paragraph>{t('dilemmas.results.distributionIntro')}</Paragraph>
              {r.ranking.map((e) => <Distribution key={e.dilemmaKey} id={`dist-${e.dilemmaKey}`} entry={e} />)}
            </>
          )}
        </>
      )}
    </>
  );
}
