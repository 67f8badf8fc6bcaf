// The song on the screens of a session: at the opening and the closing block, the link to
// the organisation's song and the team's verses from earlier sessions (today's new lines are
// listed with the session's results).
import { Heading, Paragraph } from '@utrecht/component-library-react';
import { useT } from '../../i18n/I18nProvider';

export function SongLink({ url }: { url: string }) {
  const t = useT();
  if (!url) return <Paragraph>{t('live.noSongUrl')}</Paragraph>;
  return (
    <Paragraph>
      <a href={url} target="_blank" rel="noreferrer noopener">{t('live.playSong')}</a>
    </Paragraph>
  );
}

export function SongPanel({ blockKind, songUrl, earlier }: { blockKind: string; songUrl: string; earlier: string[] }) {
  const t = useT();
  if (blockKind !== 'song' && blockKind !== 'verse') return null;
  return (
    <section className="vk-live-song" aria-labelledby="live-song-heading">
      <Heading level={2} id="live-song-heading">{t('live.song')}</Heading>
      <SongLink url={songUrl} />
      {earlier.length > 0 && (
        <>
          <Paragraph id="live-song-so-far">{t('live.songSoFar')}</Paragraph>
          <ul className="vk-live-verses" aria-labelledby="live-song-so-far">
            {earlier.map((v, i) => <li key={i}>{v}</li>)}
          </ul>
        </>
      )}
    </section>
  );
}
