// Start a live team session (with the default programme, reordered or trimmed here) and
// open earlier ones.
import { Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import { fetchTeams } from '../../api/endpoints';
import { Loading, ProblemAlert } from '../../components/Feedback';
import { PageHeading } from '../../components/PageHeading';
import { RouterLink } from '../../components/RouterLink';
import { SelectField, TextField } from '../../components/fields';
import { useT } from '../../i18n/I18nProvider';
import { liveApi } from './api';
import type { Block } from './liveState';

export function LiveHomePage() {
  const t = useT();
  const teamsQuery = useQuery({ queryKey: ['live', 'teams'], queryFn: fetchTeams });
  const navigate = useNavigate();
  const qc = useQueryClient();
  const teams = teamsQuery.data ?? [];
  const [teamId, setTeamId] = useState('');
  const [title, setTitle] = useState(t('live.defaultTitle'));
  const [blocks, setBlocks] = useState<Block[] | null>(null);
  const programme = useQuery({ queryKey: ['live', 'programme'], queryFn: liveApi.programme });
  useEffect(() => {
    if (programme.data && blocks === null) setBlocks(programme.data.blocks);
  }, [programme.data, blocks]);
  useEffect(() => {
    if (!teamId && teams.length > 0) setTeamId(String(teams[0].id));
  }, [teams, teamId]);
  const sessions = useQuery({
    queryKey: ['live', 'sessions', teamId],
    queryFn: () => liveApi.sessions(Number(teamId)),
    enabled: !!teamId,
  });
  const start = useMutation({
    mutationFn: () => liveApi.start(Number(teamId), title, blocks ?? []),
    onSuccess: (s) => {
      qc.invalidateQueries({ queryKey: ['live', 'sessions'] });
      navigate(`/live/sessies/${s.id}/begeleiden`);
    },
  });
  const move = (i: number, d: number) => {
    if (!blocks) return;
    const j = i + d;
    if (j < 0 || j >= blocks.length) return;
    const b = [...blocks];
    [b[i], b[j]] = [b[j], b[i]];
    setBlocks(b);
  };
  if (teamsQuery.isPending || programme.isPending) return <Loading />;
  return (
    <>
      <PageHeading title={t('live.title')} />
      <Paragraph>{t('live.intro')}</Paragraph>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          start.mutate();
        }}
      >
        <SelectField id="live-team" label={t('live.team')} value={teamId} onChange={setTeamId}
          options={teams.map((tm) => ({ value: String(tm.id), label: tm.name }))} />
        <TextField id="live-title" label={t('live.sessionTitle')} value={title} onChange={setTitle} required />
        <Heading level={2}>{t('live.programme')}</Heading>
        <ol className="vk-live-programme">
          {(blocks ?? []).map((b, i) => (
            <li key={`${b.title}-${i}`}>
              <span>{b.title} ({t('live.minutes', { n: b.minutes })})</span>{' '}
              <Button appearance="subtle-button" type="button" onClick={() => move(i, -1)} disabled={i === 0}
                aria-label={t('live.moveUp', { title: b.title })}>↑</Button>
              <Button appearance="subtle-button" type="button" onClick={() => move(i, 1)} disabled={i === (blocks?.length ?? 0) - 1}
                aria-label={t('live.moveDown', { title: b.title })}>↓</Button>
              <Button appearance="subtle-button" type="button" onClick={() => setBlocks((blocks ?? []).filter((_, k) => k !== i))}
                aria-label={t('live.removeBlock', { title: b.title })}>✕</Button>
            </li>
          ))}
        </ol>
        <Button appearance="secondary-action-button" type="button"
          onClick={() => setBlocks([...(blocks ?? []), { kind: 'free', title: t('live.freeRound'), prompt: '', minutes: 15 }])}>
          {t('live.addBlock')}
        </Button>{' '}
        <Button appearance="primary-action-button" type="submit" busy={start.isPending} disabled={start.isPending || !teamId}>
          {t('live.start')}
        </Button>
        <ProblemAlert error={start.error} />
      </form>
      <Heading level={2}>{t('live.earlier')}</Heading>
      {sessions.data && sessions.data.items.length === 0 && <Paragraph>{t('live.none')}</Paragraph>}
      <ul>
        {sessions.data?.items.map((s) => (
          <li key={s.id}>
            {s.title} ({s.createdAt.slice(0, 10)}) –{' '}
            <RouterLink to={`/live/sessies/${s.id}/begeleiden`}>{t('live.facilitate')}</RouterLink> ·{' '}
            <RouterLink to={`/live/sessies/${s.id}`}>{t('live.participate')}</RouterLink> ·{' '}
            <RouterLink to={`/live/sessies/${s.id}/verslag`}>{t('live.report')}</RouterLink>
          </li>
        ))}
      </ul>
    </>
  );
}
