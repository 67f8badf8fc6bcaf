// The WebSocket of a live session: reconnects with growing, random pauses (reconnectDelay)
// and resumes after the last event it saw (?after=N), and keeps every submission in an
// outbox until the server acknowledges it. A submission resent after a reconnect carries
// the same client id, so the server stores it once. The outbox is also kept in
// localStorage, so a phone whose tab was closed resends what was not yet acknowledged when
// it comes back (nothing lost, nothing twice). After a bounded number of attempts it gives
// up politely (`gaveUp`, and `retry()` starts again); an ended session stops for good
// (`ended`).
import { useCallback, useEffect, useReducer, useRef, useState } from 'react';
import type { Guideline } from './api';
import { afterClose, applyCount, applyEvent, initialState, type Block, type LiveEvent, type LiveState, type SocketStatus } from './liveState';

export interface Welcome {
  session: {
    id: number;
    title: string;
    teamId: number;
    teamName: string;
    programme: Block[];
    songUrl: string;
    joinCode?: string; // only for the facilitator, while the session is open
    endedAt?: number | null; // epoch seconds: ended, the server takes nothing more
    guideline: Guideline; // in the organisation's own words
    teamVerses: string[]; // the team's song from earlier sessions
  };
  you: { name: string; facilitator: boolean; guest: boolean };
}

export interface SubmitError {
  clientId: string;
  status: number;
  title: string;
  findings?: unknown[];
}


interface Pending {
  clientId: string;
  kind: string;
  data: Record<string, unknown>;
  privacyConfirmed?: boolean;
}

type Action = { type: 'welcome'; blocks: Block[] } | { type: 'event'; event: LiveEvent } | { type: 'count'; seq: number; hidden: number };

function reducer(s: LiveState, a: Action): LiveState {
  if (a.type === 'welcome') return s.lastSeq === 0 && s.blocks.length === 0 ? { ...s, blocks: a.blocks } : s;
  if (a.type === 'count') return applyCount(s, a.seq, a.hidden);
  return applyEvent(s, a.event);
}

export function newClientId(): string {
  return crypto.randomUUID();
}

export function socketUrl(sessionId: number, after: number, guestToken?: string | null): string {
  const proto = window.location.protocol === 'https:' ? 'wss:' : 'ws:';
  const q = new URLSearchParams({ after: String(after) });
  if (guestToken) q.set('guest', guestToken);
  return `${proto}//${window.location.host}/api/v1/live/sessions/${sessionId}/socket?${q}`;
}

const outboxKey = (sessionId: number) => `vk-live-outbox-${sessionId}`;

function loadOutbox(sessionId: number): Pending[] {
  try {
    const v = JSON.parse(localStorage.getItem(outboxKey(sessionId)) ?? '[]');
    return Array.isArray(v) ? (v as Pending[]) : [];
  } catch {
    return [];
  }
}

function storeOutbox(sessionId: number, items: Pending[]) {
  try {
    if (items.length === 0) localStorage.removeItem(outboxKey(sessionId));
    else localStorage.setItem(outboxKey(sessionId), JSON.stringify(items));
  } catch {
    // private mode or full: the outbox still lives in memory
  }
}

export function useLiveSocket(sessionId: number, guestToken?: string | null, enabled = true) {
  const [state, dispatch] = useReducer(reducer, initialState([]));
  const [welcome, setWelcome] = useState<Welcome | null>(null);
  const [status, setStatus] = useState<SocketStatus>('connecting');
  const [errors, setErrors] = useState<SubmitError[]>([]);
  const [pendingCount, setPendingCount] = useState(() => loadOutbox(sessionId).length);
  const [round, setRound] = useState(0);  // bumped by retry(): a fresh series of attempts
  const lastSeq = useRef(0);
  const ended = useRef(false);
  const outbox = useRef<Pending[]>(loadOutbox(sessionId));
  const setOutbox = useCallback((items: Pending[]) => {
    outbox.current = items;
    storeOutbox(sessionId, items);
    setPendingCount(items.length);
  }, [sessionId]);
  const ws = useRef<WebSocket | null>(null);
  // who waits for the answer to a submission (see `send`)
  const waiting = useRef(new Map<string, { ok: () => void; fail: (e: SubmitError) => void }>());

  useEffect(() => {
    lastSeq.current = state.lastSeq;
  }, [state.lastSeq]);

  useEffect(() => {
    if (state.ended) ended.current = true;
  }, [state.ended]);

  useEffect(() => {
    if (!enabled) return;
    let stopped = false;
    let attempt = 0;
    let timer: number | undefined;
    const connect = () => {
      if (stopped) return;
      setStatus('connecting');
      const sock = new WebSocket(socketUrl(sessionId, lastSeq.current, guestToken));
      ws.current = sock;
      sock.onopen = () => {
        setStatus('open');
        for (const p of outbox.current) sock.send(JSON.stringify({ type: 'submit', ...p }));
      };
      sock.onmessage = (m) => {
        const f = JSON.parse(String(m.data));
        if (f.type === 'welcome') {
          attempt = 0;  // counted from the welcome: a socket that opens and drops at once still gives up
          if ((f as Welcome).session.endedAt) ended.current = true;
          setWelcome(f as Welcome);
          dispatch({ type: 'welcome', blocks: f.session.programme });
        } else if (f.type === 'event') {
          lastSeq.current = Math.max(lastSeq.current, f.seq);
          if (f.kind === 'end') ended.current = true;
          dispatch({ type: 'event', event: f as LiveEvent });
        } else if (f.type === 'count') {
          // others' hidden thoughts, coalesced: the resume point moves past them
          lastSeq.current = Math.max(lastSeq.current, f.seq);
          dispatch({ type: 'count', seq: f.seq, hidden: f.hidden });
        } else if (f.type === 'ack' || f.type === 'error') {
          setOutbox(outbox.current.filter((p) => p.clientId !== f.clientId));
          const w = waiting.current.get(f.clientId);
          waiting.current.delete(f.clientId);
          if (f.type === 'ack') w?.ok();
          // a form that waits shows its own refusal (the privacy findings in its field)
          else if (w) w.fail(f as SubmitError);
          else setErrors((e) => [...e, f as SubmitError]);
        }
      };
      sock.onclose = () => {
        ws.current = null;
        if (stopped) return;
        attempt += 1;
        const next = afterClose(attempt, ended.current);
        setStatus(next.status);
        if (next.delay !== null) timer = window.setTimeout(connect, next.delay);
      };
    };
    connect();
    return () => {
      stopped = true;
      window.clearTimeout(timer);
      ws.current?.close();
    };
  }, [sessionId, guestToken, enabled, round, setOutbox]);

  const submit = useCallback((kind: string, data: Record<string, unknown> = {}, privacyConfirmed = false) => {
    const p: Pending = { clientId: newClientId(), kind, data, privacyConfirmed };
    setOutbox([...outbox.current, p]);
    if (ws.current?.readyState === WebSocket.OPEN) ws.current.send(JSON.stringify({ type: 'submit', ...p }));
    return p.clientId;
  }, [setOutbox]);

  /** Submit and wait for the server's answer: resolves on its ack, rejects with its error frame. */
  const send = useCallback(
    (kind: string, data: Record<string, unknown> = {}, privacyConfirmed = false) =>
      new Promise<void>((ok, fail) => {
        const clientId = submit(kind, data, privacyConfirmed);
        waiting.current.set(clientId, { ok, fail });
      }),
    [submit],
  );

  const dismissError = useCallback((clientId: string) => setErrors((e) => e.filter((x) => x.clientId !== clientId)), []);

  /** After giving up: a fresh series of attempts (the "Probeer opnieuw" button). */
  const retry = useCallback(() => setRound((r) => r + 1), []);

  return { state, welcome, status, errors, pendingCount, submit, send, dismissError, retry };
}
