import { Button, Heading, Paragraph, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { createTeam, fetchTeams } from '../../api/endpoints';
import { queryKeys, useMe } from '../../api/queries';
import type { Team } from '../../api/types';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Loading, ProblemAlert, SuccessNotice } from '../../components/Feedback';
import { collectErrors } from '../../components/FormErrors';
import { PageHeading } from '../../components/PageHeading';
import { RouterLink } from '../../components/RouterLink';
import { ScrollTable } from '../../components/ScrollTable';
import { TextField } from '../../components/fields';
import { serverFieldErrors } from '../../components/errors';
import { useForm, type Invalid } from '../../components/useForm';
import { useLabel, useT } from '../../i18n/I18nProvider';
import { fetchProfile } from '../knowledge/api';

interface TeamValues extends Record<string, unknown> {
  name: string;
}

const validateTeam = (v: TeamValues): Invalid<TeamValues> => (v.name.trim() ? {} : { name: 'teams.error.nameRequired' });

function CreateTeamForm() {
  const t = useT();
  const qc = useQueryClient();
  const [created, setCreated] = useState<Team | null>(null);
  const form = useForm<TeamValues>({ name: '' }, validateTeam);
  const create = useMutation({
    mutationFn: (name: string) => createTeam(name),
    onSuccess: (team) => {
      setCreated(team);
      form.reset();
      void qc.invalidateQueries({ queryKey: queryKeys.teams.all() });
      void qc.invalidateQueries({ queryKey: queryKeys.me() });
    },
    onError: (error) => form.showServerErrors(serverFieldErrors(error)),
  });
  const { byField, summary } = collectErrors(t, ['name'], form.clientErrors, form.serverErrors, () => 'team-name');
  return (
    <section aria-labelledby="create-team-heading" className="vk-section">
      <Heading level={2} id="create-team-heading">
        {t('teams.create.title')}
      </Heading>
      {created && <SuccessNotice>{t('teams.create.done', { name: created.name })}</SuccessNotice>}
      <ErrorSummary errors={summary} attempt={form.attempt} />
      <ProblemAlert error={create.error} />
      <form
        noValidate
        className="vk-form vk-form--inline"
        onSubmit={form.handleSubmit((v) => {
          setCreated(null);
          create.mutate(v.name.trim());
        })}
      >
        <TextField id="team-name" name="name" label={t('teams.create.name')} value={form.values.name}
          onChange={(v) => form.setValue('name', v)} error={byField.name} required />
        <Button type="submit" appearance="secondary-action-button" busy={create.isPending} disabled={create.isPending}>
          {t('teams.create.submit')}
        </Button>
      </form>
    </section>
  );
}

/**
 * First steps for a new member: shown until the knowledge profile is filled in (an empty
 * profile is the sign of someone new); each step is a link to the page where it is done.
 */
function FirstSteps({ teamId }: { teamId: number | null }) {
  const t = useT();
  const profile = useQuery({ queryKey: queryKeys.knowledge.profile(), queryFn: fetchProfile });
  if (!profile.data || profile.data.some((p) => p.level !== 'geen' || p.wantsToLearn)) return null;
  const steps = [
    { to: '/kennis/profiel', label: t('home.steps.profile'), text: t('home.steps.profileText') },
    ...(teamId ? [{ to: `/teams/${teamId}`, label: t('home.steps.team'), text: t('home.steps.teamText') }] : []),
    { to: '/vakgesprekken', label: t('home.steps.interview'), text: t('home.steps.interviewText') },
    ...(teamId ? [{ to: `/kennis/teams/${teamId}/hulpvraag`, label: t('home.steps.question'), text: t('home.steps.questionText') }] : []),
    { to: '/account', label: t('home.steps.account'), text: t('home.steps.accountText') },
  ];
  return (
    <section aria-labelledby="first-steps-heading" className="vk-section vk-panel">
      <Heading level={2} id="first-steps-heading">{t('home.steps.title')}</Heading>
      <ol className="vk-first-steps">
        {steps.map((st) => (
          <li key={st.to}>
            <RouterLink to={st.to}>{st.label}</RouterLink> <span className="vk-hint">{st.text}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}

export function MyTeamsPage() {
  const t = useT();
  const label = useLabel();
  const me = useMe();
  const teams = useQuery({ queryKey: queryKeys.teams.list(), queryFn: fetchTeams });
  const admin = me.data?.user.orgAdmin ?? false;

  return (
    <>
      <PageHeading title={t('teams.title')} />
      {me.data && <Paragraph appearance="lead">{t('teams.welcome', { name: me.data.user.name, organisation: me.data.organisation.name })}</Paragraph>}
      {teams.data && <FirstSteps teamId={teams.data.find((x) => x.myRole)?.id ?? null} />}
      {teams.isPending && <Loading />}
      <ProblemAlert error={teams.error} />
      {teams.data && teams.data.length === 0 && (
        <Paragraph>{admin ? t('teams.emptyAdmin') : t('teams.empty')}</Paragraph>
      )}
      {teams.data && teams.data.length > 0 && (
        <ScrollTable id="teams-table" caption={admin ? t('teams.tableCaptionAdmin') : t('teams.tableCaption')} captionHidden>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t('teams.col.name')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('teams.col.members')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('teams.col.myRole')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {teams.data.map((team) => (
              <TableRow key={team.id}>
                <TableHeaderCell scope="row">
                  <RouterLink to={`/teams/${team.id}`}>{team.name}</RouterLink>
                </TableHeaderCell>
                <TableCell className="vk-number">{team.memberCount}</TableCell>
                <TableCell>{team.myRole ? label('role', team.myRole) : t('teams.notMember')}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </ScrollTable>
      )}
      {admin && <CreateTeamForm />}
    </>
  );
}
