// The facilitator's screen. `/begeleiden` sits in the site's layout; `/projectie` (projector)
// is the same screen without the site's header, footer and menu, for the big screen: a large
// timer and QR code with the join link written out, full screen (Fullscreen API), keyboard
// shortcuts (shortcuts.ts: → next block, ← previous, R reveal, F full screen, ? the list,
// 1–9/0 group the picked thought), grouping by drag and drop or by picking (GroupBoard), and
// "Sessie afronden" that asks first and closes the session on the server (POST …/end);
// on the last block it takes the place of "Volgend blok".
import { Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useParams } from 'react-router';
import { queryKeys } from '../../api/queries';
import { ConfirmButton } from '../../components/ConfirmDialog';
import { Loading, ProblemAlert } from '../../components/Feedback';
import { PageHeading } from '../../components/PageHeading';
import { RouterLink } from '../../components/RouterLink';
import { useModalDialog } from '../../components/useModalDialog';
import { useT } from '../../i18n/I18nProvider';
import { DifferPanel } from '../guideline/DifferPanel';
import { isConversation, liveApi } from './api';
import { ConversationPanel } from './ConversationPanel';
import { GroupBoard } from './GroupBoard';
import { BlockTimer, ConnectionStatus, Matrix, SubmitErrors } from './LiveParts';
import { atLastBlock, isRevealed } from './liveState';
import { SHORTCUT_LIST, shortcutFor } from './shortcuts';
import { SongPanel } from './SongPanel';
import { useLiveSocket } from './useLiveSocket';
import { FacilitatorVote } from './VoteBlock';
import './live.css';

/** Full screen for the whole page (the Fullscreen API), and whether it is on. */
function useFullscreen() {
  const [on, setOn] = useState(() => typeof document !== 'undefined' && Boolean(document.fullscreenElement));
  useEffect(() => {
    const sync = () => setOn(Boolean(document.fullscreenElement));
    document.addEventListener('fullscreenchange', sync);
    return () => document.removeEventListener('fullscreenchange', sync);
  }, []);
  const toggle = useCallback(() => {
    if (document.fullscreenElement) void document.exitFullscreen?.().catch(() => {});
    else void document.documentElement.requestFullscreen?.().catch(() => {});
  }, []);
  const supported = typeof document !== 'undefined' && typeof document.documentElement.requestFullscreen === 'function';
  return { on, toggle, supported };
}

function ShortcutHelp({ onClose }: { onClose: () => void }) {
  const t = useT();
  const ref = useModalDialog<HTMLDialogElement>();
  return (
    <dialog ref={ref} className="vk-dialog vk-live-shortcuts" aria-labelledby="shortcuts-title"
      onCancel={(e) => { e.preventDefault(); onClose(); }}>
      <Heading level={2} id="shortcuts-title">{t('live.projector.shortcuts')}</Heading>
      <dl>
        {SHORTCUT_LIST.map((s) => (
          <div key={s.keys}>
            <dt><kbd className="vk-live-key">{s.keys}</kbd></dt>
            <dd>{t(s.label)}</dd>
          </div>
        ))}
      </dl>
      <Paragraph className="vk-hint">{t('live.projector.shortcutsTyping')}</Paragraph>
      <Button appearance="primary-action-button" autoFocus onClick={onClose}>{t('live.dismiss')}</Button>
    </dialog>
  );
}

export function FacilitatorPage({ projector = false }: { projector?: boolean }) {
  const t = useT();
  const id = Number(useParams().sessionId);
  const qc = useQueryClient();
  const live = useLiveSocket(id);
  const [newGroup, setNewGroup] = useState('');
  const [extraGroups, setExtraGroups] = useState<string[]>([]);
  const [selected, setSelected] = useState<number | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [help, setHelp] = useState(false);
  const helpButton = useRef<HTMLButtonElement>(null);
  const fullscreen = useFullscreen();
  const session = useQuery({ queryKey: queryKeys.live.session(id), queryFn: () => liveApi.session(id) });
  const end = useMutation({
    mutationFn: () => liveApi.end(id),
    onSuccess: () => {
      qc.invalidateQueries({ queryKey: queryKeys.live.sessions() });
      qc.invalidateQueries({ queryKey: queryKeys.live.session(id) });
    },
  });
  const { state, welcome } = live;
  const shown = state.thoughts.filter((th) => isRevealed(state, th));
  const groups = Array.from(new Set([...extraGroups, ...shown.map((th) => th.group).filter(Boolean)]));
  // Ended on the server (the welcome says so after a reload; the end event live).
  const ended = state.ended || Boolean(welcome?.session.endedAt);
  const hiddenCount = state.thoughts.length - shown.length;

  const setGroup = useCallback((seq: number, group: string) => {
    const th = state.thoughts.find((x) => x.seq === seq);
    live.submit('group', { thought: seq, group });
    setSelected(null);
    setAnnouncement(t('live.projector.moved', { text: th?.text ?? '', group: group || t('live.ungrouped') }));
  }, [live, state.thoughts, t]);
  const select = useCallback((seq: number | null) => {
    setSelected(seq);
    const th = state.thoughts.find((x) => x.seq === seq);
    setAnnouncement(th ? t('live.projector.pickedAnnounce', { text: th.text ?? '', n: Math.min(groups.length, 9) }) : t('live.projector.unpicked'));
  }, [state.thoughts, groups.length, t]);
  const place = (seq: number, rule: string, part: string) => live.submit('place', { thought: seq, rule, part });
  const started = state.blockStartedAt !== null;
  const last = atLastBlock(state);
  const forward = useCallback(() => {
    if (ended) return;
    if (!started) live.submit('block', { index: state.block });
    else if (!last) live.submit('block', { index: state.block + 1 });
  }, [ended, started, last, live, state.block]);
  const back = useCallback(() => {
    if (!ended && state.block > 0) live.submit('block', { index: state.block - 1 });
  }, [ended, state.block, live]);
  const reveal = useCallback(() => {
    if (!ended && hiddenCount > 0) live.submit('reveal');
  }, [ended, hiddenCount, live]);

  // The keyboard shortcuts (never while typing in a field, never with a dialog open).
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (help || document.querySelector('dialog[open]')) return;
      const action = shortcutFor({ key: e.key, ctrlKey: e.ctrlKey, altKey: e.altKey, metaKey: e.metaKey, target: e.target as HTMLElement | null });
      if (!action) return;
      switch (action.kind) {
        case 'next': forward(); break;
        case 'previous': back(); break;
        case 'reveal': reveal(); break;
        case 'fullscreen': if (fullscreen.supported) fullscreen.toggle(); break;
        case 'help': setHelp(true); break;
        case 'deselect': if (selected === null) return; select(null); break;
        case 'group': {
          if (selected === null || ended) return;
          const target = action.index === 0 ? '' : groups[action.index - 1];
          if (target === undefined) return;
          setGroup(selected, target);
          break;
        }
      }
      e.preventDefault();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [help, forward, back, reveal, fullscreen, selected, select, groups, setGroup, ended]);

  if (!welcome) return projector ? <main id="main" className="vk-projector"><Loading /></main> : <Loading />;
  const guideline = welcome.session.guideline;
  const talk = isConversation(state.blocks);  // a what-works conversation: its own panel, no matrix
  const joinUrl = session.data?.joinUrl;
  const code = welcome.session.joinCode ?? '';

  const endButton = !ended && (
    <ConfirmButton label={t('live.endSession')} appearance={last ? 'primary-action-button' : 'secondary-action-button'}
      title={t('live.endTitle')} confirmLabel={t('live.endConfirmYes')} danger={false} busy={end.isPending}
      onConfirm={() => end.mutate()}>
      <Paragraph>{t('live.endConfirm')}</Paragraph>
    </ConfirmButton>
  );

  const page = (
    <div className={`vk-live vk-live--projector${projector ? ' vk-projector__page' : ''}`}>
      <div className="vk-projector__bar">
        <PageHeading title={welcome.session.title} />
        <div className="vk-projector__tools">
          <ConnectionStatus status={live.status} pending={live.pendingCount} onRetry={live.retry} />
          {projector && fullscreen.supported && (
            <Button appearance="secondary-action-button" aria-pressed={fullscreen.on} aria-keyshortcuts="F" onClick={fullscreen.toggle}>
              {t('live.projector.fullscreen')}
            </Button>
          )}
          <Button ref={helpButton} appearance="subtle-button" aria-keyshortcuts="?" onClick={() => setHelp(true)}>
            {t('live.projector.shortcutsButton')}
          </Button>
          {projector ? (
            <RouterLink to={`/live/sessies/${id}/begeleiden`}>{t('live.projector.leave')}</RouterLink>
          ) : (
            <RouterLink to={`/live/sessies/${id}/projectie`}>{t('live.projector.open')}</RouterLink>
          )}
        </div>
      </div>
      <SubmitErrors errors={live.errors} onDismiss={live.dismissError} />
      {ended && (
        <Paragraph role="status" className="vk-live-ended">
          {t('live.endedNotice')} <RouterLink to={`/live/sessies/${id}/verslag`}>{t('live.toReport')}</RouterLink>
        </Paragraph>
      )}
      <div className="vk-live-top vk-projector__stage">
        <BlockTimer state={state} />
        {!ended && (
          <div className="vk-live-join vk-projector__join">
            <Paragraph>{t('live.joinWith')}</Paragraph>
            <Paragraph className="vk-live-code" aria-label={t('live.codeIs', { code: code.split('').join(' ') })}>{code}</Paragraph>
            <img className="vk-projector__qr" src={`/api/v1/live/sessions/${id}/qr.svg`} alt={t('live.qrAlt', { code })} width={160} height={160} />
            {joinUrl && <Paragraph className="vk-projector__url">{t('live.projector.orGoTo')} <span className="vk-projector__link">{joinUrl}</span></Paragraph>}
          </div>
        )}
      </div>
      <div className="vk-live-controls">
        <Button appearance="secondary-action-button" disabled={ended || state.block === 0} aria-keyshortcuts="ArrowLeft" onClick={back}>
          {t('live.previousBlock')}
        </Button>{' '}
        {!ended && !last && (
          <Button appearance="primary-action-button" aria-keyshortcuts="ArrowRight" onClick={forward}>
            {started ? t('live.nextBlock') : t('live.startBlock')}
          </Button>
        )}{' '}
        {endButton}
        <ProblemAlert error={end.error} />
      </div>
      <SongPanel blockKind={state.blocks[state.block]?.kind ?? ''} songUrl={welcome.session.songUrl} earlier={welcome.session.teamVerses ?? []} />
      {talk && <ConversationPanel sessionId={id} teamId={welcome.session.teamId} state={state} />}
      {state.blocks[state.block]?.kind === 'differ' && <DifferPanel teamId={welcome.session.teamId} />}
      {state.blocks[state.block]?.kind === 'vote' && (
        <FacilitatorVote teamId={welcome.session.teamId} sessionId={id} state={state} onReveal={() => live.submit('reveal')} />
      )}

      <section aria-labelledby="thoughts-heading">
        <Heading level={2} id="thoughts-heading">{t('live.thoughts')}</Heading>
        <Paragraph role="status">{t('live.hiddenCount', { n: hiddenCount })}</Paragraph>
        <Button appearance="primary-action-button" disabled={ended || hiddenCount === 0} aria-keyshortcuts="R" onClick={reveal}>
          {t('live.reveal')}
        </Button>
        <GroupBoard thoughts={shown} groups={groups} guideline={guideline} withPlacement={!talk} selected={selected}
          onSelect={select} onGroup={setGroup} onPlace={place} announcement={announcement} disabled={ended} />
        {!ended && (
          <form className="vk-live-add" onSubmit={(e) => {
            e.preventDefault();
            const name = newGroup.trim();
            if (name && !groups.includes(name)) {
              setExtraGroups([...extraGroups, name]);
              setAnnouncement(t('live.projector.groupAdded', { group: name, n: groups.length + 1 }));
            }
            setNewGroup('');
          }}>
            <label htmlFor="new-group">{t('live.newGroup')}</label>{' '}
            <input id="new-group" value={newGroup} onChange={(e) => setNewGroup(e.target.value)} maxLength={80} />{' '}
            <Button appearance="secondary-action-button" type="submit">{t('live.addGroup')}</Button>
          </form>
        )}
      </section>

      {!talk && <Matrix guideline={guideline} state={state} />}

      {!talk && <section aria-labelledby="sentences-heading">
        <Heading level={2} id="sentences-heading">{t('live.sentences')}</Heading>
        <ul>{state.sentences.map((s) => <li key={s.seq}>{s.text}</li>)}</ul>
        <Heading level={2}>{t('live.verses')}</Heading>
        <ul className="vk-live-verses">{state.verses.map((s) => <li key={s.seq}>{s.text}</li>)}</ul>
      </section>}
      <Paragraph><RouterLink to={`/live/sessies/${id}/verslag`}>{t('live.report')}</RouterLink></Paragraph>
      {help && <ShortcutHelp onClose={() => { setHelp(false); window.setTimeout(() => helpButton.current?.focus(), 0); }} />}
    </div>
  );
  // Without the site's layout the projector brings its own main landmark.
  return projector ? <main id="main" tabIndex={-1} className="vk-projector">{page}</main> : page;
}
