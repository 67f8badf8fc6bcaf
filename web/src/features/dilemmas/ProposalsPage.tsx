// Proposals from practice. The team lead, the supervisor and an admin see them all and accept
// one (it joins the team's library) or reject it with a reason; a member sees their own.
import { Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useParams } from 'react-router';
import { queryKeys, useMe } from '../../api/queries';
import { Loading, ProblemAlert } from '../../components/Feedback';
import { PageHeading } from '../../components/PageHeading';
import { RouterLink } from '../../components/RouterLink';
import { useDates } from '../../i18n/dates';
import { useT } from '../../i18n/I18nProvider';
import { PrivacyTextarea } from '../privacy/PrivacyTextarea';
import { isPrivacyProblem, problemOnValue, usePrivacyGuard } from '../privacy/usePrivacyGuard';
import { dilemmasApi, type Proposal } from './api';
import { canLead } from './logic';
import { DilemmaView, useNames, useTeamName } from './Parts';
import { paths } from './paths';

function Decision({ p, teamId }: { p: Proposal; teamId: number }) {
  const t = useT();
  const qc = useQueryClient();
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState('');
  const guard = usePrivacyGuard(reason, setReason, { field: 'reason' });
  const decide = useMutation({
    mutationFn: ({ accept, confirmed = false }: { accept: boolean; confirmed?: boolean }) =>
      dilemmasApi.decide(p.id, accept, accept ? '' : reason.trim(), confirmed),
    onError: (e) => guard.applyProblem(problemOnValue(e, 'reason', reason)),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: queryKeys.dilemmas.proposals(teamId) });
      void qc.invalidateQueries({ queryKey: queryKeys.dilemmas.libraries() });
    },
  });
  return (
    <div className="vk-dl-decision">
      {!rejecting && (
        <div className="vk-dl-actions">
          <Button type="button" appearance="primary-action-button" busy={decide.isPending} disabled={decide.isPending}
            aria-label={`${t('dilemmas.proposals.accept')}: ${p.dilemma.title}`} onClick={() => decide.mutate({ accept: true })}>
            {t('dilemmas.proposals.accept')}
          </Button>
          <Button type="button" appearance="secondary-action-button" disabled={decide.isPending}
            aria-label={`${t('dilemmas.proposals.reject')}: ${p.dilemma.title}`} onClick={() => setRejecting(true)}>
            {t('dilemmas.proposals.reject')}
          </Button>
        </div>
      )}
      {rejecting && (
        <form className="vk-dl-form" onSubmit={async (e) => {
          e.preventDefault();
          const r = await guard.check();
          if (!r.canSave) return;
          decide.mutate({ accept: false, confirmed: r.privacyConfirmed });
        }}>
          <PrivacyTextarea id={`dl-reason-${p.id}`} label={t('dilemmas.proposals.reason')} description={t('dilemmas.proposals.reasonHint')}
            guard={guard} rows={3} maxLength={1000} />
          <div className="vk-dl-actions">
            <Button type="submit" appearance="primary-action-button" busy={decide.isPending} disabled={decide.isPending}>
              {t('dilemmas.proposals.rejectConfirm')}
            </Button>
            <Button type="button" appearance="secondary-action-button" disabled={decide.isPending} onClick={() => setRejecting(false)}>
              {t('common.cancel')}
            </Button>
          </div>
        </form>
      )}
      {decide.error && !isPrivacyProblem(decide.error) && <ProblemAlert error={decide.error} />}
    </div>
  );
}

export function ProposalsPage() {
  const t = useT();
  const dates = useDates();
  const teamId = Number(useParams().teamId);
  const teamName = useTeamName(teamId);
  const me = useMe();
  const names = useNames();
  const reviewer = canLead(me.data, teamId);
  const proposals = useQuery({ queryKey: queryKeys.dilemmas.proposals(teamId), queryFn: () => dilemmasApi.proposals(teamId) });
  const open = (proposals.data ?? []).filter((p) => p.status === 'open');
  const decided = (proposals.data ?? []).filter((p) => p.status !== 'open');
  const item = (p: Proposal) => (
    <li key={p.id} className="vk-dl-proposal">
      <DilemmaView id={`dl-p-${p.id}`} d={p.dilemma} names={names}
        meta={
          <Paragraph className="vk-dl__source">
            {t(`dilemmas.proposals.status.${p.status}`)}
            {' · '}
            {p.proposedBy ? t('dilemmas.proposals.by', { name: p.proposedBy.name, date: dates.date(p.createdAt) }) : dates.date(p.createdAt)}
          </Paragraph>
        } />
      {p.note && <Paragraph><strong>{t('dilemmas.propose.note')}:</strong> {p.note}</Paragraph>}
      {p.status === 'rejected' && p.reason && <Paragraph><strong>{t('dilemmas.proposals.reason')}:</strong> {p.reason}</Paragraph>}
      {p.status === 'accepted' && <Paragraph>{t('dilemmas.proposals.acceptedText')}</Paragraph>}
      {reviewer && p.status === 'open' && <Decision p={p} teamId={teamId} />}
    </li>
  );
  return (
    <>
      <PageHeading title={reviewer ? t('dilemmas.proposals.title', { team: teamName }) : t('dilemmas.home.myProposals')} />
      <Paragraph>{reviewer ? t('dilemmas.proposals.introLead') : t('dilemmas.proposals.introMember')}</Paragraph>
      <Paragraph><RouterLink to={paths.propose(teamId)}>{t('dilemmas.home.propose')}</RouterLink></Paragraph>
      {proposals.isPending && <Loading />}
      <ProblemAlert error={proposals.error} />
      {proposals.data && (
        <>
          <Heading level={2}>{t('dilemmas.proposals.open', { count: open.length })}</Heading>
          {open.length ? <ul className="vk-dl-proposals">{open.map(item)}</ul> : <Paragraph>{t('dilemmas.proposals.none')}</Paragraph>}
          {decided.length > 0 && (
            <>
              <Heading level={2}>{t('dilemmas.proposals.decided')}</Heading>
              <ul className="vk-dl-proposals">{decided.map(item)}</ul>
            </>
          )}
        </>
      )}
    </>
  );
}
