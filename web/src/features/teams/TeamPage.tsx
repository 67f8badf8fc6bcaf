import {
  Button,
  ButtonGroup,
  Paragraph,
  Select,
  SelectOption,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useParams } from 'react-router';
import { ApiError } from '../../api/client';
import { fetchTeam, fetchTeamMembers, removeTeamMember, setTeamRole } from '../../api/endpoints';
import { canManageTeam, queryKeys, useMe } from '../../api/queries';
import { ROLES, type Role, type TeamMember } from '../../api/types';
import { NotFoundPage } from '../../app/NotFoundPage';
import { Loading, ProblemAlert, SuccessNotice } from '../../components/Feedback';
import { PageHeading } from '../../components/PageHeading';
import { RouterLink } from '../../components/RouterLink';
import { OnsVakLink } from '../craft/HomePages';
import { ScrollTable } from '../../components/ScrollTable';
import { useLabel, useT } from '../../i18n/I18nProvider';
import { AgreementsReminder } from '../live/AgreementsReminder';

function MemberActions({ teamId, member, onDone }: { teamId: number; member: TeamMember; onDone: (message: string) => void }) {
  const t = useT();
  const label = useLabel();
  const qc = useQueryClient();
  const [role, setRole] = useState<Role>(member.role);
  const [confirming, setConfirming] = useState(false);
  const refresh = () => {
    void qc.invalidateQueries({ queryKey: queryKeys.teams.all() }); // the list, this team, its members
    void qc.invalidateQueries({ queryKey: queryKeys.me() });
  };
  const save = useMutation({
    mutationFn: () => setTeamRole(teamId, member.id, role),
    onSuccess: (m) => {
      refresh();
      onDone(t('team.roleChanged', { name: member.name, role: label('role', m?.role ?? role) }));
    },
  });
  const remove = useMutation({
    mutationFn: () => removeTeamMember(teamId, member.id),
    onSuccess: () => {
      refresh();
      onDone(t('team.removed', { name: member.name }));
    },
  });
  const selectId = `role-${member.id}`;
  return (
    <div className="vk-row-actions">
      <div className="vk-row-actions__role">
        <Select
          id={selectId}
          aria-label={t('team.roleOf', { name: member.name })}
          value={role}
          onChange={(e) => setRole(e.target.value as Role)}
        >
          {ROLES.map((r) => (
            <SelectOption key={r} value={r}>
              {label('role', r)}
            </SelectOption>
          ))}
        </Select>
        <Button
          appearance="secondary-action-button"
          onClick={() => save.mutate()}
          disabled={role === member.role || save.isPending}
          busy={save.isPending}
          aria-label={t('team.saveRoleOf', { name: member.name })}
        >
          {t('common.save')}
        </Button>
      </div>
      {!confirming ? (
        <Button appearance="subtle-button" hint="danger" onClick={() => setConfirming(true)} aria-label={t('team.removeOf', { name: member.name })}>
          {t('team.remove')}
        </Button>
      ) : (
        <div className="vk-confirm" role="group" aria-label={t('team.confirmRemove', { name: member.name })}>
          <Paragraph className="vk-confirm__text">{t('team.confirmRemove', { name: member.name })}</Paragraph>
          <ButtonGroup>
            <Button appearance="primary-action-button" hint="danger" onClick={() => remove.mutate()} busy={remove.isPending} disabled={remove.isPending} autoFocus>
              {t('team.confirmRemoveYes')}
            </Button>
            <Button appearance="secondary-action-button" onClick={() => setConfirming(false)}>
              {t('common.cancel')}
            </Button>
          </ButtonGroup>
        </div>
      )}
      <ProblemAlert error={save.error ?? remove.error} />
    </div>
  );
}

/** The team's parts, one click from the team page, in three groups. */
function TeamHub({ teamId }: { teamId: number }) {
  const t = useT();
  const groups = [
    { key: 'knowledge', links: [
      { to: `/kennis/teams/${teamId}/kaart`, label: t('team.hub.map'), text: t('team.hub.mapText') },
      { to: `/kennis/teams/${teamId}/hulpvraag`, label: t('team.hub.question'), text: t('team.hub.questionText') },
      { to: `/kennis/teams/${teamId}/scholingsplan`, label: t('team.hub.plan'), text: t('team.hub.planText') },
    ] },
    { key: 'together', links: [
      { to: `/teams/${teamId}/rode-draden`, label: t('team.hub.threads'), text: t('team.hub.threadsText') },
      { to: '/live', label: t('team.hub.sessions'), text: t('team.hub.sessionsText') },
      { to: `/live/teams/${teamId}/lied`, label: t('team.hub.song'), text: t('team.hub.songText') },
      { to: `/dilemmas/teams/${teamId}`, label: t('team.hub.dilemmas'), text: t('team.hub.dilemmasText') },
      { to: `/dilemmas/teams/${teamId}/stemrondes`, label: t('team.hub.rounds'), text: t('team.hub.roundsText') },
    ] },
    { key: 'mirror', links: [
      { to: `/vak/teams/${teamId}/beeld`, label: t('craft.hub.link'), text: t('craft.hub.text') },
      { to: `/vak/teams/${teamId}/kern`, label: t('team.hub.core'), text: t('team.hub.coreText') },
      { to: `/vuistregels/teams/${teamId}`, label: t('guideline.hub.label'), text: t('guideline.hub.text') },
      { to: `/partners/teams/${teamId}`, label: t('team.hub.partners'), text: t('team.hub.partnersText') },
    ] },
  ];
  return (
    <nav aria-labelledby="team-hub-heading" className="vk-team-hub">
      <h2 id="team-hub-heading">{t('team.hub.title')}</h2>
      {groups.map((g) => (
        <section key={g.key} aria-labelledby={`team-hub-${g.key}`}>
          <h3 id={`team-hub-${g.key}`} className="vk-team-hub__group">{t(`team.hub.group.${g.key}`)}</h3>
          <ul className="vk-team-hub__list">
            {g.links.map((l) => (
              <li key={l.to} className="vk-team-hub__item">
                <RouterLink to={l.to} className="vk-team-hub__link">{l.label}</RouterLink>
                <span className="vk-hint">{l.text}</span>
              </li>
            ))}
          </ul>
          {g.key === 'mirror' && <OnsVakLink teamId={teamId} />}
        </section>
      ))}
    </nav>
  );
}

export function TeamPage() {
  const t = useT();
  const label = useLabel();
  const params = useParams();
  const teamId = Number(params.teamId);
  const valid = Number.isInteger(teamId) && teamId > 0;
  const me = useMe();
  const team = useQuery({ queryKey: queryKeys.teams.detail(teamId), queryFn: () => fetchTeam(teamId), enabled: valid });
  const members = useQuery({ queryKey: queryKeys.teams.members(teamId), queryFn: () => fetchTeamMembers(teamId), enabled: valid });
  const [notice, setNotice] = useState<string | null>(null);

  if (!valid || (team.error instanceof ApiError && (team.error.status === 404 || team.error.status === 403))) {
    return <NotFoundPage />;
  }
  const manage = canManageTeam(me.data, teamId);
  const title = team.data ? team.data.name : t('team.title');

  return (
    <>
      <PageHeading title={title} />
      <Paragraph>
        <RouterLink to="/">{t('team.back')}</RouterLink>
      </Paragraph>
      {team.data && team.data.myRole && (
        <Paragraph>{t('team.yourRole', { role: label('role', team.data.myRole) })}</Paragraph>
      )}
      {team.data && <AgreementsReminder teamId={teamId} />}
      {team.data && <TeamHub teamId={teamId} />}
      {notice && <SuccessNotice>{notice}</SuccessNotice>}
      {(team.isPending || members.isPending) && <Loading />}
      <ProblemAlert error={team.error ?? members.error} />
      {members.data && members.data.length === 0 && <Paragraph>{t('team.empty')}</Paragraph>}
      {members.data && members.data.length > 0 && (
        <ScrollTable id="members-table" caption={t('team.membersCaption', { count: members.data.length })}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t('member.name')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('member.discipline')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('member.experience')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('member.role')}</TableHeaderCell>
              {manage && <TableHeaderCell scope="col">{t('team.actions')}</TableHeaderCell>}
            </TableRow>
          </TableHeader>
          <TableBody>
            {members.data.map((m) => (
              <TableRow key={m.id}>
                <TableHeaderCell scope="row">{m.name}</TableHeaderCell>
                <TableCell>{m.discipline || t('common.none')}</TableCell>
                <TableCell>{m.experience ? label('experience', m.experience) : t('common.none')}</TableCell>
                <TableCell>{label('role', m.role)}</TableCell>
                {manage && (
                  <TableCell>
                    <MemberActions key={m.role} teamId={teamId} member={m} onDone={setNotice} />
                  </TableCell>
                )}
              </TableRow>
            ))}
          </TableBody>
        </ScrollTable>
      )}
    </>
  );
}
