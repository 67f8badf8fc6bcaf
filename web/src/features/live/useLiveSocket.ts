// The WebSocket of a live session: reconnects with growing pauses and resumes after the
// last event it saw (?after=N), and keeps every submission in an outbox until the server
// acknowledges it. A submission resent after a reconnect carries the same client id, so
// the server stores it once.
import { useCallback, useEffect, useReducer, useRef, useState } from 'react';
import type { Guideline } from './api';
import { applyEvent, initialState, type Block, type LiveEvent, type LiveState } from './liveState';

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

type Status = 'connecting' | 'open' | 'closed';

interface Pending {
  clientId: string;
  kind: string;
  data: Record<string, unknown>;
  privacyConfirmed?: boolean;
}

type Action = { type: 'welcome'; blocks: Block[] } | { type: 'event'; event: LiveEvent };

function reducer(s: LiveState, a: Action): LiveState {
  if (a.type === 'welcome') return s.lastSeq === 0 && s.blocks.length === 0 ? { ...s, blocks: a.blocks } : s;
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

export function useLiveSocket(sessionId: number, guestToken?: string | null) {
  const [state, dispatch] = useReducer(reducer, initialState([]));
  const [welcome, setWelcome] = useState<Welcome | null>(null);
  const [status, setStatus] = useState<Status>('connecting');
  const [errors, setErrors] = useState<SubmitError[]>([]);
  const [pendingCount, setPendingCount] = useState(0);
  const lastSeq = useRef(0);
  const outbox = useRef<Pending[]>([]);
  const ws = useRef<WebSocket | null>(null);
  // who waits for the answer to a submission (see `send`)
  const waiting = useRef(new Map<string, { ok: () => void; fail: (e: SubmitError) => void }>());

  useEffect(() => {
    lastSeq.current = state.lastSeq;
  }, [state.lastSeq]);

  useEffect(() => {
    let stopped = false;
    let attempt = 0;
    let timer: number | undefined;
    const connect = () => {
      if (stopped) return;
      setStatus('connecting');
      const sock = new WebSocket(socketUrl(sessionId, lastSeq.current, guestToken));
      ws.current = sock;
      sock.onopen = () => {
        attempt = 0;
        setStatus('open');
        for (const p of outbox.current) sock.send(JSON.stringify({ type: 'submit', ...p }));
      };
      sock.onmessage = (m) => {
        const f = JSON.parse(String(m.data));
        if (f.type === 'welcome') {
          setWelcome(f as Welcome);
          dispatch({ type: 'welcome', blocks: f.session.programme });
        } else if (f.type === 'event') {
          lastSeq.current = Math.max(lastSeq.current, f.seq);
          dispatch({ type: 'event', event: f as LiveEvent });
        } else if (f.type === 'ack' || f.type === 'error') {
          outbox.current = outbox.current.filter((p) => p.clientId !== f.clientId);
          setPendingCount(outbox.current.length);
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
        setStatus('closed');
        attempt += 1;
        timer = window.setTimeout(connect, Math.min(5000, 250 * 2 ** Math.min(attempt, 5)));
      };
    };
    connect();
    return () => {
      stopped = true;
      window.clearTimeout(timer);
      ws.current?.close();
    };
  }, [sessionId, guestToken]);

  const submit = useCallback((kind: string, data: Record<string, unknown> = {}, privacyConfirmed = false) => {
    const p: Pending = { clientId: newClientId(), kind, data, privacyConfirmed };
    outbox.current = [...outbox.current, p];
    setPendingCount(outbox.current.length);
    if (ws.current?.readyState === WebSocket.OPEN) ws.current.send(JSON.stringify({ type: 'submit', ...p }));
    return p.clientId;
  }, []);

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

  return { state, welcome, status, errors, pendingCount, submit, send, dismissError };
}
