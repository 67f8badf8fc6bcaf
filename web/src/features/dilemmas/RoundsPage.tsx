// A team's vote rounds: the open one to vote in, earlier ones with their results; the team
// lead, the supervisor or an admin opens a new round.
import { Button, Heading, Paragraph, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { isApiError } from '../../api/client';
import { queryKeys, useMe } from '../../api/queries';
import { Loading, ProblemAlert } from '../../components/Feedback';
import { PageHeading } from '../../components/PageHeading';
import { RouterLink } from '../../components/RouterLink';
import { ScrollTable } from '../../components/ScrollTable';
import { TextField } from '../../components/fields';
import { useDates } from '../../i18n/dates';
import { useT } from '../../i18n/I18nProvider';
import { dilemmasApi } from './api';
import { canLead } from './logic';
import { useTeamName } from './Parts';
import { paths } from './paths';

function OpenRoundForm({ teamId }: { teamId: number }) {
  const t = useT();
  const qc = useQueryClient();
  const navigate = useNavigate();
  const [minVoters, setMinVoters] = useState('3');
  const n = Number(minVoters);
  const invalid = !Number.isInteger(n) || n < 3;
  const open = useMutation({
    mutationFn: () => dilemmasApi.openRound(teamId, { minVoters: n }),
    onSuccess: (round) => {
      void qc.invalidateQueries({ queryKey: queryKeys.dilemmas.rounds(teamId) });
      navigate(paths.vote(round.id));
    },
  });
  const fieldError = isApiError(open.error) ? open.error.fieldErrors.minVoters : undefined;
  return (
    <form className="vk-dl-form" noValidate onSubmit={(e) => { e.preventDefault(); if (!invalid) open.mutate(); }}>
      <Heading level={2}>{t('dilemmas.rounds.openTitle')}</Heading>
      <Paragraph>{t('dilemmas.rounds.openIntro')}</Paragraph>
      <TextField id="dl-min-voters" label={t('dilemmas.rounds.minVoters')} description={t('dilemmas.rounds.minVotersHint')}
        value={minVoters} onChange={setMinVoters} error={invalid ? t('dilemmas.rounds.minVotersError') : fieldError} />
      {open.error && !fieldError && <ProblemAlert error={open.error} overrides={{ 409: 'dilemmas.rounds.alreadyOpen' }} />}
      <div>
        <Button type="submit" appearance="primary-action-button" busy={open.isPending} disabled={open.isPending}>
          {t('dilemmas.rounds.open')}
        </Button>
      </div>
    </form>
  );
}

export function RoundsPage() {
  const t = useT();
  const dates = useDates();
  const teamId = Number(useParams().teamId);
  const teamName = useTeamName(teamId);
  const me = useMe();
  const lead = canLead(me.data, teamId);
  const rounds = useQuery({ queryKey: queryKeys.dilemmas.rounds(teamId), queryFn: () => dilemmasApi.rounds(teamId) });
  const current = rounds.data?.find((r) => r.status === 'open');
  return (
    <>
      <PageHeading title={t('dilemmas.rounds.title', { team: teamName })} />
      <Paragraph>{t('dilemmas.rounds.intro')}</Paragraph>
      {rounds.isPending && <Loading />}
      <ProblemAlert error={rounds.error} />
      {current && (
        <section className="vk-dl-current" aria-labelledby="dl-current">
          <Heading level={2} id="dl-current">{t('dilemmas.rounds.current')}</Heading>
          <Paragraph>
            {t('dilemmas.rounds.openedAt', { date: dates.dateTime(current.openedAt) })}{' '}
            {t('dilemmas.rounds.voters', { count: current.voterCount })}
          </Paragraph>
          <Paragraph><RouterLink to={paths.vote(current.id)} className="vk-dl-cta">{t('dilemmas.rounds.voteNow')}</RouterLink></Paragraph>
        </section>
      )}
      {rounds.data && !current && <Paragraph>{t('dilemmas.rounds.noneOpen')}</Paragraph>}
      {lead && rounds.data && !current && <OpenRoundForm teamId={teamId} />}
      {rounds.data && rounds.data.length > 0 && (
        <>
          <Heading level={2}>{t('dilemmas.rounds.all')}</Heading>
          <ScrollTable id="dl-rounds" caption={t('dilemmas.rounds.caption')} captionHidden>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t('dilemmas.rounds.opened')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('dilemmas.rounds.status')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('dilemmas.rounds.voterCount')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('dilemmas.rounds.results')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {rounds.data.map((r) => (
                <TableRow key={r.id}>
                  <TableHeaderCell scope="row">{dates.date(r.openedAt)}</TableHeaderCell>
                  <TableCell>{r.status === 'open' ? t('dilemmas.rounds.isOpen') : t('dilemmas.rounds.closedAt', { date: dates.date(r.closedAt ?? r.openedAt) })}</TableCell>
                  <TableCell>{r.voterCount}</TableCell>
                  <TableCell>
                    <RouterLink to={paths.results(r.id)} aria-label={`${t('dilemmas.rounds.results')}: ${dates.date(r.openedAt)}`}>
                      {t('dilemmas.rounds.results')}
                    </RouterLink>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </ScrollTable>
        </>
      )}
    </>
  );
}
