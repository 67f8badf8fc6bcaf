// Interview mode: one card at a time in large text, notes per card that save as you type.
// Unsaved notes wait in localStorage and are retried, so a reload or a dropped network
// loses nothing. The interviewee chooses what to share with the team (optionally
// anonymously) and can withdraw it again.
import { Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useParams } from 'react-router';
import { isApiError } from '../../api/client';
import { queryKeys } from '../../api/queries';
import { Loading, ProblemAlert } from '../../components/Feedback';
import { PageHeading } from '../../components/PageHeading';
import { RouterLink } from '../../components/RouterLink';
import { useT } from '../../i18n/I18nProvider';
import { PrivacyTextarea } from '../privacy/PrivacyTextarea';
import { privacyBody, usePrivacyGuard } from '../privacy/usePrivacyGuard';
import { interviewsApi, pendingNotes, type Interview } from './api';
import './interviews.css';
import { ConfirmButton } from '../../components/ConfirmDialog';

type SaveState = 'saved' | 'saving' | 'waiting' | 'offline' | 'privacy';

function useNoteSaver(iv: Interview | undefined) {
  const [notes, setNotes] = useState<Record<number, string>>({});
  const [state, setState] = useState<Record<number, SaveState>>({});
  // the refusal of the last save per card (its findings show in the note's field)
  const [refusals, setRefusals] = useState<Record<number, unknown>>({});
  const confirmed = useRef<Record<number, boolean>>({});
  const timers = useRef<Record<number, ReturnType<typeof setTimeout>>>({});
  const latest = useRef<Record<number, string>>({});
  const id = iv?.id ?? 0;

  const save = useCallback(
    async (cardId: number) => {
      const text = latest.current[cardId] ?? '';
      setState((s) => ({ ...s, [cardId]: 'saving' }));
      try {
        await interviewsApi.putNote(id, cardId, text, !!confirmed.current[cardId]);
        pendingNotes.clear(id, cardId, text);
        if ((latest.current[cardId] ?? '') === text) setState((s) => ({ ...s, [cardId]: 'saved' }));
      } catch (e) {
        if (isApiError(e) && e.status === 422) {
          // the text stays in the field and on this device; the field shows what was found
          setState((s) => ({ ...s, [cardId]: 'privacy' }));
          setRefusals((r) => ({ ...r, [cardId]: e }));
          return;
        }
        if (isApiError(e) && e.status > 0 && e.status < 500 && e.status !== 429) {
          setState((s) => ({ ...s, [cardId]: 'offline' }));
          return;
        }
        // Network gone or server busy: keep the text in localStorage and try again.
        setState((s) => ({ ...s, [cardId]: 'offline' }));
        clearTimeout(timers.current[cardId]);
        timers.current[cardId] = setTimeout(() => void save(cardId), 3000);
      }
    },
    [id],
  );

  // Start from the server's notes; a note still waiting in localStorage is newer.
  useEffect(() => {
    if (!iv) return;
    const start: Record<number, string> = {};
    for (const n of iv.notes) start[n.cardId] = n.text;
    const waiting: number[] = [];
    for (const c of iv.cards) {
      const local = pendingNotes.get(iv.id, c.id);
      if (local !== null && local !== start[c.id]) {
        start[c.id] = local;
        waiting.push(c.id);
      }
    }
    latest.current = { ...start };
    setNotes(start);
    for (const cardId of waiting) void save(cardId);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [iv?.id]);

  useEffect(() => {
    const online = () => {
      for (const [cardId, s] of Object.entries(state)) if (s === 'offline') void save(Number(cardId));
    };
    window.addEventListener('online', online);
    return () => window.removeEventListener('online', online);
  }, [state, save]);

  const change = (cardId: number, text: string) => {
    latest.current[cardId] = text;
    setNotes((n) => ({ ...n, [cardId]: text }));
    pendingNotes.set(id, cardId, text);
    setState((s) => ({ ...s, [cardId]: 'waiting' }));
    clearTimeout(timers.current[cardId]);
    timers.current[cardId] = setTimeout(() => void save(cardId), 600);
  };
  /** The note's field says whether its findings are confirmed; a refused note is saved again then. */
  const setConfirmed = useCallback((cardId: number, yes: boolean) => {
    const was = !!confirmed.current[cardId];
    confirmed.current[cardId] = yes;
    if (yes && !was) void save(cardId);
  }, [save]);
  return { notes, state, refusals, change, setConfirmed };
}

function NoteField({ interviewId, cardId, value, state, refusal, onChange, onConfirmed }: {
  interviewId: number;
  cardId: number;
  value: string;
  state: SaveState;
  refusal: unknown;
  onChange: (cardId: number, text: string) => void;
  onConfirmed: (cardId: number, yes: boolean) => void;
}) {
  const t = useT();
  // the two people of the interview and their team may be named in its notes
  const guard = usePrivacyGuard(value, (v) => onChange(cardId, v), { field: 'text', interviewId });
  const { applyProblem, confirmed } = guard;
  useEffect(() => {
    if (refusal) applyProblem(refusal);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [refusal]);
  useEffect(() => onConfirmed(cardId, confirmed), [cardId, confirmed, onConfirmed]);
  return (
    <>
      <PrivacyTextarea id={`note-${cardId}`} label={t('interviews.mode.notes')} guard={guard} rows={8} maxLength={20000} />
      <p id={`note-state-${cardId}`} className={`vk-iv-state vk-iv-state--${state}`} role="status">
        {t(`interviews.save.${state}`)}
      </p>
    </>
  );
}

function ShareSection({ iv, cardId, note }: { iv: Interview; cardId: number; note: string }) {
  const t = useT();
  const qc = useQueryClient();
  const [text, setText] = useState('');
  const [anonymous, setAnonymous] = useState(true);
  const guard = usePrivacyGuard(text, setText, { field: 'text' });
  const share = useMutation({
    mutationFn: (confirmed: boolean) => interviewsApi.share(iv.id, { text: text.trim(), anonymous, cardId, ...privacyBody(confirmed) }),
    onSuccess: () => {
      setText('');
      void qc.invalidateQueries({ queryKey: queryKeys.interviews.detail(iv.id) });
    },
    onError: (e) => void guard.applyProblem(e),
  });
  const privacy = isApiError(share.error) && share.error.status === 422 && Array.isArray(share.error.problem.findings);
  const submit = async () => {
    if (!text.trim()) return;
    const r = await guard.check();
    if (r.canSave) share.mutate(r.privacyConfirmed);
  };
  return (
    <section className="vk-iv-share" aria-labelledby={`share-${cardId}`}>
      <Heading level={3} id={`share-${cardId}`}>{t('interviews.share.title')}</Heading>
      <Paragraph>{t('interviews.share.text')}</Paragraph>
      <PrivacyTextarea id={`share-text-${cardId}`} label={t('interviews.share.fragment')} guard={guard} rows={3} maxLength={2000} />
      <div className="vk-iv-actions">
        <Button type="button" appearance="subtle-button" onClick={() => setText(note)} disabled={!note}>
          {t('interviews.share.useNote')}
        </Button>
      </div>
      <div className="vk-iv-check">
        <input type="checkbox" id={`share-anon-${cardId}`} checked={anonymous} onChange={(e) => setAnonymous(e.target.checked)} />
        <label htmlFor={`share-anon-${cardId}`}>{t('interviews.share.anonymous')}</label>
      </div>
      {!privacy && <ProblemAlert error={share.error} />}
      <Button type="button" appearance="primary-action-button" disabled={!text.trim() || share.isPending} busy={share.isPending}
        onClick={() => void submit()}>
        {t('interviews.share.submit')}
      </Button>
      {share.isSuccess && <p role="status">{t('interviews.share.done')}</p>}
    </section>
  );
}

export function InterviewModePage() {
  const t = useT();
  const qc = useQueryClient();
  const id = Number(useParams().interviewId);
  const iv = useQuery({ queryKey: queryKeys.interviews.detail(id), queryFn: () => interviewsApi.get(id) });
  // A fragment's themes by their names ("De werker", "Het werk"), not their keys.
  const themes = useQuery({ queryKey: queryKeys.interviews.themes(), queryFn: interviewsApi.themes });
  const themeTitle = (key: string) => themes.data?.items.find((x) => x.key === key)?.title ?? key;
  const { notes, state, refusals, change, setConfirmed } = useNoteSaver(iv.data);
  const posKey = `vk-interview-pos-${id}`;
  const [index, setIndex] = useState(() => Number(window.localStorage.getItem(posKey) ?? 0) || 0);
  useEffect(() => window.localStorage.setItem(posKey, String(index)), [index, posKey]);
  // after "next" or "previous" the new card's title gets focus (and scrolls into view)
  const moved = useRef(false);
  const go = (n: number) => {
    moved.current = true;
    setIndex(n);
  };
  useEffect(() => {
    if (!moved.current) return;
    moved.current = false;
    document.getElementById('iv-card-title')?.focus();
  }, [index]);
  const complete = useMutation({
    mutationFn: () => interviewsApi.complete(id),
    onSuccess: () => void qc.invalidateQueries({ queryKey: queryKeys.interviews.detail(id) }),
  });
  const withdraw = useMutation({
    mutationFn: (fragmentId: number) => interviewsApi.withdraw(fragmentId),
    onSuccess: () => void qc.invalidateQueries({ queryKey: queryKeys.interviews.detail(id) }),
  });
  if (iv.isPending) return <Loading />;
  if (iv.isError) return <ProblemAlert error={iv.error} />;
  const data = iv.data;
  const cards = data.cards;
  const i = Math.min(index, cards.length - 1);
  const card = cards[i];
  const s = state[card.id] ?? 'saved';
  const title =
    data.myRole === 'interviewer'
      ? t('interviews.youInterview', { name: data.intervieweeName })
      : t('interviews.interviewsYou', { name: data.interviewerName || '–' });
  return (
    <>
      <PageHeading title={title} />
      <Paragraph className="vk-iv-meta">
        {t(`interviews.purpose.${data.purpose}`)} · {data.teamName} · <RouterLink to="/vakgesprekken">{t('interviews.back')}</RouterLink>
      </Paragraph>
      <article className="vk-iv-card" aria-labelledby="iv-card-title">
        <p className="vk-iv-group">{card.groupTitle} · {t('interviews.mode.position', { n: i + 1, total: cards.length })}</p>
        <h2 id="iv-card-title" className="vk-iv-title" tabIndex={-1}>{card.title}</h2>
        {card.quote && <p className="vk-iv-quote">“{card.quote}”</p>}
        {card.questions.map((q, k) => (
          <p key={k} className="vk-iv-question">{q}</p>
        ))}
        {card.prompts.length > 0 && (
          <details className="vk-iv-prompts">
            <summary>{t('interviews.mode.prompts')}</summary>
            <ul>{card.prompts.map((p, k) => <li key={k}>{p}</li>)}</ul>
          </details>
        )}
      </article>
      <NoteField key={card.id} interviewId={data.id} cardId={card.id} value={notes[card.id] ?? ''} state={s} refusal={refusals[card.id]}
        onChange={change} onConfirmed={setConfirmed} />
      {/* card, note and the way on in one order: no scrolling back up for the next card */}
      <nav aria-label={t('interviews.mode.cards')} className="vk-iv-pager">
        <Button type="button" appearance="secondary-action-button" disabled={i === 0} onClick={() => go(i - 1)}>
          {t('interviews.mode.previous')}
        </Button>
        <span aria-live="polite" className="vk-iv-pager__position">{t('interviews.mode.position', { n: i + 1, total: cards.length })}</span>
        <Button type="button" appearance="primary-action-button" disabled={i === cards.length - 1} onClick={() => go(i + 1)}>
          {t('interviews.mode.next')}
        </Button>
      </nav>
      {data.myRole === 'interviewee' && <ShareSection iv={data} cardId={card.id} note={notes[card.id] ?? ''} />}
      {data.sharedFragments.length > 0 && (
        <section aria-labelledby="iv-shared">
          <Heading level={2} id="iv-shared">{t('interviews.shared.title')}</Heading>
          <ul className="vk-iv-fragments">
            {data.sharedFragments.map((f) => (
              <li key={f.id}>
                <p>{f.text}</p>
                <p className="vk-iv-meta">
                  {f.anonymous ? t('interviews.shared.anonymous') : t('interviews.shared.named')} · {f.themes.map(themeTitle).join(', ')}
                </p>
                {data.myRole === 'interviewee' && (
                  <ConfirmButton label={t('interviews.shared.withdraw')} title={t('interviews.shared.withdrawTitle')}
                    confirmLabel={t('interviews.shared.withdrawYes')} onConfirm={() => withdraw.mutate(f.id)}>
                    <Paragraph>{f.text}</Paragraph>
                  </ConfirmButton>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
      <div className="vk-iv-actions">
        {data.completedAt ? (
          <Paragraph>{t('interviews.completed')}</Paragraph>
        ) : (
          <ConfirmButton label={t('interviews.complete')} appearance="secondary-action-button" busy={complete.isPending}
            title={t('interviews.completeTitle')} confirmLabel={t('interviews.completeYes')} danger={false}
            onConfirm={() => complete.mutate()}>
            <Paragraph>{t('interviews.completeText')}</Paragraph>
          </ConfirmButton>
        )}
      </div>
    </>
  );
}
