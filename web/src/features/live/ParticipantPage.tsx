// The participant's screen on a phone: what the block asks, and a form for what it asks
// (a thought, the one sentence, a line for the song), plus the revealed results. Calm when
// things go wrong: a guest who closed the tab and comes back sees "Je was even weg" with one
// button to rejoin (the socket replays the session, the outbox resends what was not yet
// acknowledged); a socket that gave up says so with "Probeer opnieuw"; an ended session
// says it ended and takes nothing more.
import { Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useMemo, useState } from 'react';
import { useParams } from 'react-router';
import { Loading } from '../../components/Feedback';
import { PageHeading } from '../../components/PageHeading';
import { RouterLink } from '../../components/RouterLink';
import { useT } from '../../i18n/I18nProvider';
import { forgetGuest, isHereInThisTab, markHereInThisTab, storedGuest } from './api';
import { ContributionConsent } from './ContributionConsent';
import { BlockTimer, ConnectionStatus, Matrix, SubmitErrors } from './LiveParts';
import { SongPanel } from './SongPanel';
import { useLiveSocket } from './useLiveSocket';
import { SendForm } from './SendForm';
import { PhoneVote } from './VoteBlock';
import { ConversationPhone } from './ConversationPhone';
import { CONVERSATION_KINDS } from './api';
import type { LiveState } from './liveState';
import './live.css';

/** A guest whose tab was closed: the way back in, with a heading and one clear button. */
function AwayState({ name, onRejoin }: { name: string; onRejoin: () => void }) {
  const t = useT();
  return (
    <div className="vk-live vk-live--phone vk-live-away">
      <PageHeading title={t('live.away.title')} />
      <Paragraph>{name ? t('live.away.textNamed', { name }) : t('live.away.text')}</Paragraph>
      <Button appearance="primary-action-button" onClick={onRejoin}>{t('live.away.rejoin')}</Button>
    </div>
  );
}

export function ParticipantPage({ guest = false }: { guest?: boolean }) {
  const t = useT();
  const id = Number(useParams().sessionId);
  // read once per session: dropping it after the end must not turn the page into "expired"
  const stored = useMemo(() => (guest ? storedGuest(id) : null), [guest, id]);
  const token = stored?.token ?? null;
  // A guest's first visit in this tab (the tab was closed, or the link opened anew): ask first.
  const [here, setHere] = useState(() => !guest || isHereInThisTab(id));
  const live = useLiveSocket(id, token, !guest || (Boolean(token) && here));
  const { state, welcome } = live;
  const ended = state.ended || Boolean(welcome?.session.endedAt);
  useEffect(() => {
    if (guest && ended) forgetGuest(id);  // its token expired with the session
  }, [guest, ended, id]);
  if (guest && !token) {
    return (
      <div className="vk-live vk-live--phone">
        <PageHeading title={t('live.joinTitle')} />
        <Paragraph>{t('live.guestExpired')}</Paragraph>
        <Paragraph><RouterLink to="/live/join">{t('live.away.joinAgain')}</RouterLink></Paragraph>
      </div>
    );
  }
  if (!here) {
    return <AwayState name={stored?.name ?? ''} onRejoin={() => { markHereInThisTab(id); setHere(true); }} />;
  }
  if (!welcome) {
    if (live.status !== 'gaveUp') return <Loading />;
    return (
      <div className="vk-live vk-live--phone">
        <PageHeading title={t('live.joinTitle')} />
        <ConnectionStatus status={live.status} pending={live.pendingCount} onRetry={live.retry} />
        {guest && <Paragraph><RouterLink to="/live/join">{t('live.away.joinAgain')}</RouterLink></Paragraph>}
      </div>
    );
  }
  if (ended) {
    return (
      <div className="vk-live vk-live--phone">
        <PageHeading title={welcome.session.title} />
        <Paragraph role="status" className="vk-live-ended">{t('live.endedPhone')}</Paragraph>
        <EndedResults state={state} guest={guest} sessionId={id} />
      </div>
    );
  }
  const block = state.blocks[state.block];
  const kind = block?.kind ?? 'free';
  const mine = state.thoughts.filter((th) => th.mine);
  const revealed = state.thoughts.filter((th) => !th.mine && th.text !== null);
  const talk = state.blocks.some((b) => CONVERSATION_KINDS.includes(b.kind));
  return (
    <div className="vk-live vk-live--phone">
      <PageHeading title={welcome.session.title} />
      <Paragraph>{t('live.youAre', { name: welcome.you.name })}</Paragraph>
      <ConnectionStatus status={live.status} pending={live.pendingCount} onRetry={live.retry} />
      <SubmitErrors errors={live.errors} onDismiss={live.dismissError} />
      <BlockTimer state={state} />
      <SongPanel blockKind={kind} songUrl={welcome.session.songUrl} earlier={welcome.session.teamVerses ?? []} />
      {CONVERSATION_KINDS.includes(kind) ? (
        <ConversationPhone kind={kind} state={state} guest={guest} sessionId={id}
          onSend={(data, ok) => live.send('thought', { ...data, block: state.block }, ok)} />
      ) : kind === 'differ' ? (
        <>
          <Paragraph className="vk-live-lookup">{t('guideline.differ.phone')}</Paragraph>
          <SendForm key="thought" id="live-thought" label={t('live.thoughtLabel')} maxLength={1000} guest={guest}
            onSend={(text, ok) => live.send('thought', { text, block: state.block }, ok)} />
        </>
      ) : kind === 'vote' ? (
        <PhoneVote teamId={welcome.session.teamId} sessionId={id} state={state} guest={guest} />
      ) : kind === 'sentence' ? (
        <SendForm key="sentence" id="live-sentence" label={t('live.sentenceLabel')} maxLength={300} guest={guest}
          onSend={(text, ok) => live.send('sentence', { text }, ok)} />
      ) : kind === 'verse' ? (
        <SendForm key="verse" id="live-verse" label={t('live.verseLabel')} maxLength={300} guest={guest}
          onSend={(text, ok) => live.send('verse', { text }, ok)} />
      ) : (
        <SendForm key="thought" id="live-thought" label={t('live.thoughtLabel')} maxLength={1000} guest={guest}
          onSend={(text, ok) => live.send('thought', { text, block: state.block }, ok)} />
      )}
      <Heading level={2}>{t('live.myThoughts')}</Heading>
      {mine.length === 0 ? <Paragraph>{t('live.noneYet')}</Paragraph> : <ul>{mine.map((th) => <li key={th.seq}>{th.text}</li>)}</ul>}
      <Heading level={2}>{t('live.revealed')}</Heading>
      <Paragraph role="status" className="vk-live-waiting">{t('live.hiddenCount', { n: state.hiddenCount })}</Paragraph>
      {revealed.length === 0 ? <Paragraph>{t('live.notRevealed')}</Paragraph> : <ul>{revealed.map((th) => <li key={th.seq}>{th.text}</li>)}</ul>}
      {!guest && <ContributionConsent sessionId={id} version={mine.length + state.sentences.filter((x) => x.mine).length} />}
      {!talk && <Matrix guideline={welcome.session.guideline} state={state} />}
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

/** After the end: what this phone wrote and what was revealed, without any form. */
function EndedResults({ state, guest, sessionId }: { state: LiveState; guest: boolean; sessionId: number }) {
  const t = useT();
  const mine = state.thoughts.filter((th) => th.mine);
  return (
    <>
      <Heading level={2}>{t('live.myThoughts')}</Heading>
      {mine.length === 0 ? <Paragraph>{t('live.noneYet')}</Paragraph> : <ul>{mine.map((th) => <li key={th.seq}>{th.text}</li>)}</ul>}
      {!guest && <ContributionConsent sessionId={sessionId} version={mine.length + state.sentences.filter((x) => x.mine).length} />}
      {!guest && <Paragraph><RouterLink to={`/live/sessies/${sessionId}/verslag`}>{t('live.toReport')}</RouterLink></Paragraph>}
    </>
  );
}
