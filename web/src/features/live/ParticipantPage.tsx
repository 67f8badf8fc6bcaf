// The participant's screen on a phone: what the block asks, and a form for what it asks
// (a thought, the one sentence, a line for the song), plus the revealed results.
import { Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useParams } from 'react-router';
import { Loading } from '../../components/Feedback';
import { PageHeading } from '../../components/PageHeading';
import { useT } from '../../i18n/I18nProvider';
import { guestToken } from './api';
import { ContributionConsent } from './ContributionConsent';
import { BlockTimer, ConnectionStatus, Matrix, SubmitErrors } from './LiveParts';
import { SongPanel } from './SongPanel';
import { useLiveSocket } from './useLiveSocket';
import './live.css';

function SendForm({ id, label, onSend, maxLength }: { id: string; label: string; onSend: (text: string) => void; maxLength: number }) {
  const t = useT();
  const [text, setText] = useState('');
  return (
    <form className="vk-live-send" onSubmit={(e) => {
      e.preventDefault();
      if (!text.trim()) return;
      onSend(text.trim());
      setText('');
    }}>
      <label htmlFor={id}>{label}</label>
      <textarea id={id} value={text} maxLength={maxLength} rows={3} onChange={(e) => setText(e.target.value)} />
      <Button appearance="primary-action-button" type="submit">{t('live.send')}</Button>
    </form>
  );
}

export function ParticipantPage({ guest = false }: { guest?: boolean }) {
  const t = useT();
  const id = Number(useParams().sessionId);
  const token = guest ? guestToken(id) : null;
  const live = useLiveSocket(id, token);
  const { state, welcome } = live;
  if (guest && !token) return <Paragraph>{t('live.guestExpired')}</Paragraph>;
  if (!welcome) return <Loading />;
  const block = state.blocks[state.block];
  const kind = block?.kind ?? 'free';
  const mine = state.thoughts.filter((th) => th.mine);
  const revealed = state.thoughts.filter((th) => !th.mine && th.text !== null);
  return (
    <div className="vk-live vk-live--phone">
      <PageHeading title={welcome.session.title} />
      <Paragraph>{t('live.youAre', { name: welcome.you.name })}</Paragraph>
      <ConnectionStatus status={live.status} pending={live.pendingCount} />
      <SubmitErrors errors={live.errors} onDismiss={live.dismissError} />
      <BlockTimer state={state} />
      <SongPanel blockKind={kind} songUrl={welcome.session.songUrl} earlier={welcome.session.teamVerses ?? []} />
      {kind === 'sentence' ? (
        <SendForm id="live-sentence" label={t('live.sentenceLabel')} maxLength={300} onSend={(text) => live.submit('sentence', { text })} />
      ) : kind === 'verse' ? (
        <SendForm id="live-verse" label={t('live.verseLabel')} maxLength={300} onSend={(text) => live.submit('verse', { text })} />
      ) : (
        <SendForm id="live-thought" label={t('live.thoughtLabel')} maxLength={1000} onSend={(text) => live.submit('thought', { text, block: state.block })} />
      )}
      <Heading level={2}>{t('live.myThoughts')}</Heading>
      {mine.length === 0 ? <Paragraph>{t('live.noneYet')}</Paragraph> : <ul>{mine.map((th) => <li key={th.seq}>{th.text}</li>)}</ul>}
      <Heading level={2}>{t('live.revealed')}</Heading>
      {revealed.length === 0 ? <Paragraph>{t('live.notRevealed')}</Paragraph> : <ul>{revealed.map((th) => <li key={th.seq}>{th.text}</li>)}</ul>}
      {!guest && <ContributionConsent sessionId={id} version={mine.length + state.sentences.filter((x) => x.mine).length} />}
      <Matrix guideline={welcome.session.guideline} state={state} />
      {state.sentences.length > 0 && (
        <>
          <Heading level={2}>{t('live.sentences')}</Heading>
          <ul>{state.sentences.map((s) => <li key={s.seq}>{s.text}</li>)}</ul>
        </>
      )}
      {state.verses.length > 0 && (
        <>
          <Heading level={2}>{t('live.verses')}</Heading>
          <ul className="vk-live-verses">{state.verses.map((s) => <li key={s.seq}>{s.text}</li>)}</ul>
        </>
      )}
    </div>
  );
}
