import {
  Button,
  ButtonGroup,
  Heading,
  Paragraph,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { fetchInvitations, fetchTeams, revokeInvitation } from '../../api/endpoints';
import { queryKeys } from '../../api/queries';
import type { CreatedInvitation, Invitation } from '../../api/types';
import { Loading, ProblemAlert, SuccessNotice } from '../../components/Feedback';
import { PageHeading } from '../../components/PageHeading';
import { SecondFactorAdminNotice } from '../account/SecondFactorSection';
import { RouterLink } from '../../components/RouterLink';
import { ScrollTable } from '../../components/ScrollTable';
import { useLabel, useT } from '../../i18n/I18nProvider';
import { CopyLink } from './CopyLink';
import { InviteForm } from './InviteForm';
import { useDates } from '../../i18n/dates';

function absolute(link: string): string {
  try {
    return new URL(link, window.location.origin).toString();
  } catch {
    return link;
  }
}

function Created({ invitation }: { invitation: CreatedInvitation }) {
  const t = useT();
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => ref.current?.focus(), [invitation.id]);
  return (
    <section aria-labelledby="created-heading" className="vk-section vk-panel vk-panel--ok">
      <Heading level={2} id="created-heading" tabIndex={-1} ref={ref}>
        {t('invite.created.title', { name: invitation.name })}
      </Heading>
      <Paragraph>{t('invite.created.text', { email: invitation.email, team: invitation.teamName })}</Paragraph>
      <CopyLink id="invitation-link" url={absolute(invitation.link)} label={t('invite.link')} />
    </section>
  );
}

function RevokeButton({ invitation, onDone }: { invitation: Invitation; onDone: (msg: string) => void }) {
  const t = useT();
  const qc = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const revoke = useMutation({
    mutationFn: () => revokeInvitation(invitation.id),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: queryKeys.invitations() });
      onDone(t('invitations.revoked', { name: invitation.name }));
    },
  });
  if (!confirming) {
    return (
      <Button appearance="subtle-button" hint="danger" onClick={() => setConfirming(true)} aria-label={t('invitations.revokeOf', { name: invitation.name })}>
        {t('invitations.revoke')}
      </Button>
    );
  }
  return (
    <div className="vk-confirm" role="group" aria-label={t('invitations.confirmRevoke', { name: invitation.name })}>
      <Paragraph className="vk-confirm__text">{t('invitations.confirmRevoke', { name: invitation.name })}</Paragraph>
      <ButtonGroup>
        <Button appearance="primary-action-button" hint="danger" autoFocus onClick={() => revoke.mutate()} busy={revoke.isPending} disabled={revoke.isPending}>
          {t('invitations.confirmRevokeYes')}
        </Button>
        <Button appearance="secondary-action-button" onClick={() => setConfirming(false)}>
          {t('common.cancel')}
        </Button>
      </ButtonGroup>
      <ProblemAlert error={revoke.error} />
    </div>
  );
}

export function InvitationsPage() {
  const dates = useDates();
  const t = useT();
  const label = useLabel();
  const qc = useQueryClient();
  const teams = useQuery({ queryKey: queryKeys.teams.list(), queryFn: fetchTeams });
  const invitations = useQuery({ queryKey: queryKeys.invitations(), queryFn: fetchInvitations });
  const [created, setCreated] = useState<CreatedInvitation | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const date = (iso: string) => {
    const d = new Date(iso);
    return Number.isNaN(d.getTime()) ? iso : dates.date(d);
  };

  return (
    <>
      <PageHeading title={t('invitations.title')} />
      <SecondFactorAdminNotice />
      <Paragraph>{t('invitations.intro')}</Paragraph>
      {created && <Created invitation={created} />}
      <section aria-labelledby="invite-heading" className="vk-section">
        <Heading level={2} id="invite-heading">
          {t('invite.title')}
        </Heading>
        {teams.isPending && <Loading />}
        <ProblemAlert error={teams.error} />
        {teams.data && teams.data.length === 0 && (
          <Paragraph>
            {t('invite.noTeams')} <RouterLink to="/">{t('invite.noTeamsLink')}</RouterLink>
          </Paragraph>
        )}
        {teams.data && teams.data.length > 0 && (
          <InviteForm
            teams={teams.data}
            onCreated={(inv) => {
              setNotice(null);
              setCreated(inv);
              void qc.invalidateQueries({ queryKey: queryKeys.invitations() });
            }}
          />
        )}
      </section>
      <section aria-labelledby="list-heading" className="vk-section">
        <Heading level={2} id="list-heading">
          {t('invitations.list')}
        </Heading>
        {notice && <SuccessNotice>{notice}</SuccessNotice>}
        {invitations.isPending && <Loading />}
        <ProblemAlert error={invitations.error} />
        {invitations.data && invitations.data.length === 0 && <Paragraph>{t('invitations.empty')}</Paragraph>}
        {invitations.data && invitations.data.length > 0 && (
          <ScrollTable id="invitations-table" caption={t('invitations.list')} captionHidden>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t('member.name')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('member.email')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('invite.team')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('member.role')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('invitations.status')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('invitations.expires')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('team.actions')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {invitations.data.map((inv) => (
                <TableRow key={inv.id}>
                  <TableHeaderCell scope="row">{inv.name}</TableHeaderCell>
                  <TableCell className="vk-break">{inv.email}</TableCell>
                  <TableCell>{inv.teamName}</TableCell>
                  <TableCell>{label('role', inv.role)}</TableCell>
                  <TableCell>
                    <span className={`vk-status vk-status--${inv.status}`}>{label('invitationStatus', inv.status)}</span>
                  </TableCell>
                  <TableCell>{date(inv.expiresAt)}</TableCell>
                  <TableCell>{inv.status === 'open' ? <RevokeButton invitation={inv} onDone={setNotice} /> : t('common.none')}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </ScrollTable>
        )}
      </section>
    </>
  );
}
