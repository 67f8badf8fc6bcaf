// "Ons teamlied": the verses the team wrote, session after session, and the link to the
// song. Only for the team's members (the server refuses others).
import { Heading, Paragraph } from '@utrecht/component-library-react';
import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { queryKeys } from '../../api/queries';
import { Loading, ProblemAlert } from '../../components/Feedback';
import { PageHeading } from '../../components/PageHeading';
import { RouterLink } from '../../components/RouterLink';
import { useT } from '../../i18n/I18nProvider';
import { liveApi } from './api';
import { SongLink } from './SongPanel';
import './live.css';
import { useDates } from '../../i18n/dates';

export function TeamSongPage() {
  const dates = useDates();
  const t = useT();
  const teamId = Number(useParams().teamId);
  const song = useQuery({ queryKey: queryKeys.live.song(teamId), queryFn: () => liveApi.teamSong(teamId) });
  if (song.isPending) return <Loading />;
  if (song.isError) return <ProblemAlert error={song.error} />;
  return (
    <>
      <PageHeading title={t('live.teamSong')} />
      <Paragraph>{t('live.teamSongIntro')}</Paragraph>
      <SongLink url={song.data.songUrl} />
      {song.data.sessions.length === 0 && <Paragraph>{t('live.noVerses')}</Paragraph>}
      {song.data.sessions.map((s) => (
        <section key={s.id} aria-labelledby={`song-${s.id}`}>
          <Heading level={2} id={`song-${s.id}`}>{t('live.versesOf', { title: s.title, date: dates.date(s.createdAt) })}</Heading>
          <ul className="vk-live-verses">{s.verses.map((v, i) => <li key={i}>{v}</li>)}</ul>
        </section>
      ))}
      <Paragraph><RouterLink to="/live">{t('live.back')}</RouterLink></Paragraph>
    </>
  );
}
