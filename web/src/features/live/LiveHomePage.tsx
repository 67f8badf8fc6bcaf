// Start a live team session with the default programme or an own template (reordered,
// added to or trimmed here), save the programme as a template, and open earlier sessions.
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
import { liveApi } from './api';
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
  return (
    <>
      <PageHeading title={t('live.title')} />
      <Paragraph>{t('live.intro')}</Paragraph>
      {me.data?.user.orgAdmin && (
        <Paragraph><RouterLink to="/live/instellingen">{t('live.settingsLink')}</RouterLink></Paragraph>
      )}
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
      <Heading level={2}>{t('live.earlier')}</Heading>
      {teamId && <Paragraph><RouterLink to={`/live/teams/${teamId}/lied`}>{t('live.teamSongLink')}</RouterLink></Paragraph>}
      {sessions.data && sessions.data.items.length === 0 && <Paragraph>{t('live.none')}</Paragraph>}
      <ul>
        {sessions.data?.items.map((s) => (
          <li key={s.id}>
            {s.title} ({dates.date(s.createdAt)}) –{' '}
            <RouterLink to={`/live/sessies/${s.id}/begeleiden`}>{t('live.facilitate')}</RouterLink> ·{' '}
            <RouterLink to={`/live/sessies/${s.id}`}>{t('live.participate')}</RouterLink> ·{' '}
            <RouterLink to={`/live/sessies/${s.id}/verslag`}>{t('live.report')}</RouterLink>
          </li>
        ))}
      </ul>
    </>
  );
}
