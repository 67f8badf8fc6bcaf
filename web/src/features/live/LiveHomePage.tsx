// Start a live team session with the default programme or an own template (reordered,
// added to or trimmed here), save the programme as a template, and open the team's running
// and earlier sessions. A plain member of the team (who may start one and then leads it)
// finds the start form folded away; "begeleiden" shows only where the reader facilitates.
import { Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { fetchTeams } from '../../api/endpoints';
import { queryKeys, useMe } from '../../api/queries';
import { Loading, ProblemAlert } from '../../components/Feedback';
import { PageHeading } from '../../components/PageHeading';
import { RouterLink } from '../../components/RouterLink';
import { SelectField, TextField } from '../../components/fields';
import { useT } from '../../i18n/I18nProvider';
import { liveApi, type LiveSessionSummary } from './api';
import type { Block } from './liveState';
import { ProgrammeEditor } from './ProgrammeEditor';
import { OwnTemplates, SaveTemplate, TemplateChoice } from './Templates';
import { useDates } from '../../i18n/dates';

export function LiveHomePage() {
  const dates = useDates();
  const t = useT();
  const me = useMe();
  const teamsQuery = useQuery({ queryKey: queryKeys.teams.list(), queryFn: fetchTeams });
  const navigate = useNavigate();
  const qc = useQueryClient();
  const teams = teamsQuery.data ?? [];
  const [teamId, setTeamId] = useState('');
  const [title, setTitle] = useState(t('live.defaultTitle'));
  const [blocks, setBlocks] = useState<Block[] | null>(null);
  const programme = useQuery({ queryKey: queryKeys.live.programme(), queryFn: liveApi.programme });
  // `?programma=wat-werkt-gesprek` (from the dilemmas page) starts from that programme.
  const [params] = useSearchParams();
  const wanted = (programme.data?.programmes ?? []).find((p) => p.key === params.get('programma'));
  useEffect(() => {
    if (!programme.data || blocks !== null) return;
    setBlocks(wanted ? wanted.blocks : programme.data.blocks);
    if (wanted) setTitle(wanted.name);
  }, [programme.data, blocks, wanted]);
  useEffect(() => {
    if (!teamId && teams.length > 0) setTeamId(String(teams[0].id));
  }, [teams, teamId]);
  const sessions = useQuery({
    queryKey: queryKeys.live.teamSessions(Number(teamId)),
    queryFn: () => liveApi.sessions(Number(teamId)),
    enabled: !!teamId,
  });
  const start = useMutation({
    mutationFn: () => liveApi.start(Number(teamId), title, blocks ?? []),
    onSuccess: (s) => {
      qc.invalidateQueries({ queryKey: queryKeys.live.sessions() });
      navigate(`/live/sessies/${s.id}/begeleiden`);
    },
  });
  if (teamsQuery.isPending || programme.isPending) return <Loading />;
  const team = teams.find((tm) => String(tm.id) === teamId);
  const leads = Boolean(me.data?.user.orgAdmin) || (team?.myRole != null && team.myRole !== 'member');
  const running = (sessions.data?.items ?? []).filter((s) => !s.endedAt);
  const earlier = (sessions.data?.items ?? []).filter((s) => s.endedAt);
  const startForm = (
    <>
      <form id="live-start" onSubmit={(e) => {
        e.preventDefault();
        start.mutate();
      }}>
        <SelectField id="live-team" label={t('live.team')} value={teamId} onChange={setTeamId}
          options={teams.map((tm) => ({ value: String(tm.id), label: tm.name }))} />
        <TextField id="live-title" label={t('live.sessionTitle')} value={title} onChange={setTitle} required />
      </form>
      <Heading level={2}>{t('live.programme')}</Heading>
      <TemplateChoice defaultBlocks={programme.data?.blocks ?? []} programmes={programme.data?.programmes ?? []}
        initial={wanted ? `p:${wanted.key}` : ''}
        onChoose={(b, name) => {
          setBlocks(b);
          if (name) setTitle(name);
        }} />
      <ProgrammeEditor blocks={blocks ?? []} onChange={setBlocks} />
      <Paragraph>
        <Button appearance="primary-action-button" type="submit" form="live-start" busy={start.isPending}
          disabled={start.isPending || !teamId || (blocks ?? []).length === 0}>
          {t('live.start')}
        </Button>
      </Paragraph>
      <ProblemAlert error={start.error} />
      <SaveTemplate blocks={blocks ?? []} />
      <OwnTemplates />
    </>
  );
  const line = (s: LiveSessionSummary) => (
    <li key={s.id}>
      {s.title} ({dates.date(s.createdAt)}) –{' '}
      {s.facilitator && <><RouterLink to={`/live/sessies/${s.id}/begeleiden`}>{t('live.facilitate')}</RouterLink> ·{' '}</>}
      {!s.endedAt && <><RouterLink to={`/live/sessies/${s.id}`}>{t('live.participate')}</RouterLink> ·{' '}</>}
      <RouterLink to={`/live/sessies/${s.id}/verslag`}>{t('live.report')}</RouterLink>
    </li>
  );
  return (
    <>
      <PageHeading title={t('live.title')} />
      <Paragraph>{t('live.intro')}</Paragraph>
      {me.data?.user.orgAdmin && (
        <Paragraph><RouterLink to="/live/instellingen">{t('live.settingsLink')}</RouterLink></Paragraph>
      )}
      {!leads && teams.length > 1 && (
        <SelectField id="live-team-view" label={t('live.teamToView')} value={teamId} onChange={setTeamId}
          options={teams.map((tm) => ({ value: String(tm.id), label: tm.name }))} />
      )}
      <Heading level={2}>{t('live.running')}</Heading>
      {sessions.data && running.length === 0 && <Paragraph>{t('live.noneRunning')}</Paragraph>}
      {running.length > 0 && <ul>{running.map(line)}</ul>}
      {leads ? startForm : (
        <details className="vk-live-start-details" open={params.has('programma') || undefined}>
          <summary>{t('live.startYourself')}</summary>
          {startForm}
        </details>
      )}
      <Heading level={2}>{t('live.earlier')}</Heading>
      {teamId && <Paragraph><RouterLink to={`/live/teams/${teamId}/lied`}>{t('live.teamSongLink')}</RouterLink></Paragraph>}
      {sessions.data && earlier.length === 0 && <Paragraph>{t('live.none')}</Paragraph>}
      {earlier.length > 0 && <ul>{earlier.map(line)}</ul>}
    </>
  );
}
