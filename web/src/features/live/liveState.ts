// The state of a live session, folded from its events in order (pure, so it is tested
// without a socket). The server numbers events per session; the fold ignores an event
// it has already seen, so a replay after a reconnect never counts anything twice.

export interface Block {
  kind: string;
  title: string;
  prompt: string;
  minutes: number;
}

export interface LiveEvent {
  seq: number;
  kind: string;
  at: number;
  mine: boolean;
  hidden?: boolean;
  data: Record<string, unknown>;
}

export interface Thought {
  seq: number;
  text: string | null; // null: hidden until the facilitator reveals it
  mine: boolean;
  rule: string;
  part: string;
  group: string;
  /** The block it was written in, and step 4's perspective (what-works conversation). */
  block: number | null;
  perspective: string;
}

/** The what-works conversation as the screens see it (the server's "conversation" and "agreement" events). */
export interface ConversationState {
  startKind: string;
  startKey: string;
  caseText: string;
  tension: string;
  choiceA: string;
  costA: string;
  choiceB: string;
  costB: string;
  libraryKey: string;
}

export interface LiveState {
  lastSeq: number;
  blocks: Block[];
  block: number;
  blockStartedAt: number | null;
  /** The number of the last block event (a reveal after it belongs to this block). */
  blockSeq: number;
  thoughts: Thought[];
  revealedUpTo: number;
  /** Thoughts waiting for the reveal, from the server's coalesced `count` frames (participants). */
  hiddenCount: number;
  /** Placements and groups of thoughts this screen does not have yet (applied when revealed). */
  marks: Record<number, { rule?: string; part?: string; group?: string }>;
  sentences: { seq: number; text: string; mine: boolean }[];
  verses: { seq: number; text: string; mine: boolean }[];
  ended: boolean;
  conversation: ConversationState | null;
  agreements: { id: number; what: string; who: string; lookBackOn: string }[];
}

export function initialState(blocks: Block[]): LiveState {
  return { lastSeq: 0, blocks, block: 0, blockStartedAt: null, blockSeq: 0, thoughts: [], revealedUpTo: 0, hiddenCount: 0, marks: {}, sentences: [], verses: [], ended: false, conversation: null, agreements: [] };
}

const str = (v: unknown) => (typeof v === 'string' ? v : '');
const num = (v: unknown) => (typeof v === 'number' ? v : 0);

export function applyEvent(s: LiveState, e: LiveEvent): LiveState {
  if (e.seq <= s.lastSeq) return s;
  const next: LiveState = { ...s, lastSeq: e.seq };
  switch (e.kind) {
    case 'thought':
      next.thoughts = [...s.thoughts, {
        seq: e.seq, text: e.hidden ? null : str(e.data.text), mine: e.mine, rule: '', part: '', group: '',
        block: typeof e.data.block === 'number' ? e.data.block : null, perspective: str(e.data.perspective),
      }];
      break;
    case 'reveal': {
      // One batch with the thoughts this reveal reveals. A participant never got them as
      // frames (only counts), so they are added here; the author's own are already known.
      type Revealed = { seq: number; at?: number; data: { text: string; block?: number; perspective?: string } };
      const list = Array.isArray(e.data.thoughts) ? (e.data.thoughts as Revealed[]) : [];
      const texts = new Map<number, Revealed['data']>();
      for (const t of list) texts.set(t.seq, t.data);
      next.revealedUpTo = e.seq;
      next.hiddenCount = 0;
      const known = new Set(s.thoughts.map((t) => t.seq));
      const updated = s.thoughts.map((t) => {
        const d = texts.get(t.seq);
        if (t.text !== null || !d) return t;
        return { ...t, text: str(d.text), block: typeof d.block === 'number' ? d.block : null, perspective: str(d.perspective) };
      });
      const added: Thought[] = list.filter((t) => !known.has(t.seq)).map((t) => ({
        seq: t.seq, text: str(t.data.text), mine: false, rule: '', part: '', group: '',
        block: typeof t.data.block === 'number' ? t.data.block : null, perspective: str(t.data.perspective),
        ...s.marks[t.seq],
      }));
      next.thoughts = added.length === 0 ? updated : [...updated, ...added].sort((a, b) => a.seq - b.seq);
      break;
    }
    case 'place':
    case 'group': {
      const seq = num(e.data.thought);
      const mark = e.kind === 'place' ? { rule: str(e.data.rule), part: str(e.data.part) } : { group: str(e.data.group) };
      if (s.thoughts.some((t) => t.seq === seq)) next.thoughts = s.thoughts.map((t) => (t.seq === seq ? { ...t, ...mark } : t));
      else next.marks = { ...s.marks, [seq]: { ...s.marks[seq], ...mark } };  // a thought still hidden from this screen
      break;
    }
    case 'sentence':
      next.sentences = [...s.sentences, { seq: e.seq, text: str(e.data.text), mine: e.mine }];
      break;
    case 'verse':
      next.verses = [...s.verses, { seq: e.seq, text: str(e.data.text), mine: e.mine }];
      break;
    case 'block':
      next.block = num(e.data.index);
      next.blockStartedAt = e.at;
      next.blockSeq = e.seq;
      break;
    case 'programme':
      next.blocks = Array.isArray(e.data.blocks) ? (e.data.blocks as Block[]) : s.blocks;
      break;
    case 'end':
      next.ended = true;
      break;
    case 'conversation':
      next.conversation = {
        startKind: str(e.data.startKind), startKey: str(e.data.startKey), caseText: str(e.data.caseText),
        tension: str(e.data.tension), choiceA: str(e.data.choiceA), costA: str(e.data.costA),
        choiceB: str(e.data.choiceB), costB: str(e.data.costB), libraryKey: str(e.data.libraryKey),
      };
      break;
    case 'agreement':
      next.agreements = [...s.agreements, { id: num(e.data.id), what: str(e.data.what), who: str(e.data.who), lookBackOn: str(e.data.lookBackOn) }];
      break;
  }
  return next;
}

/**
 * The server's coalesced count: how many thoughts wait for the reveal, and the number up to
 * which this participant has everything meant for it (its resume point). Never goes back.
 */
export function applyCount(s: LiveState, seq: number, hidden: number): LiveState {
  if (seq < s.lastSeq) return s;
  return { ...s, lastSeq: seq, hiddenCount: hidden };
}

/** The reveal that followed the current block's start (its number), or 0. */
export function revealInBlock(s: LiveState): number {
  return s.blockStartedAt !== null && s.revealedUpTo > s.blockSeq ? s.revealedUpTo : 0;
}

/** Whether a thought is visible on the shared screen (revealed, or not hidden at all). */
export function isRevealed(s: LiveState, t: Thought): boolean {
  return t.seq < s.revealedUpTo;
}

/** Whether the session stands at its last block, started: "Volgend blok" has nowhere to go. */
export function atLastBlock(s: LiveState): boolean {
  return s.blocks.length > 0 && s.block >= s.blocks.length - 1 && s.blockStartedAt !== null;
}

/**
 * The socket's reconnect policy: exponential backoff with full jitter, for a bounded number of
 * attempts; after that it gives up politely (null) and the page offers "Probeer opnieuw". An
 * ended session is never retried. The pause before attempt n is random between 0.25 s and
 * 1 s × 2^(n−1), at most 10 s: when the Wi-Fi of a hall drops, its phones do not come back all
 * in the same instant (a reconnect storm, issue 14), and a phone that connected gets a fresh
 * start (the socket counts attempts from its last welcome). `random` is Math.random's kind.
 */
export const MAX_RECONNECTS = 8;
export const RECONNECT_MIN_MS = 250;
export const RECONNECT_FIRST_MS = 1_000;
export const RECONNECT_CAP_MS = 10_000;
export function reconnectDelay(attempt: number, ended = false, random: () => number = Math.random): number | null {
  if (ended || attempt > MAX_RECONNECTS) return null;
  const ceiling = Math.min(RECONNECT_CAP_MS, RECONNECT_FIRST_MS * 2 ** Math.max(0, attempt - 1));
  const r = Math.min(1, Math.max(0, random()));
  return Math.round(RECONNECT_MIN_MS + r * (ceiling - RECONNECT_MIN_MS));
}

/** The connection as the page shows it. */
export type SocketStatus = 'connecting' | 'open' | 'closed' | 'gaveUp' | 'ended';

/** What the socket does after a close: wait and try again, give up, or stop for good. */
export function afterClose(
  attempt: number, ended: boolean, random: () => number = Math.random,
): { status: SocketStatus; delay: number | null } {
  if (ended) return { status: 'ended', delay: null };
  const delay = reconnectDelay(attempt, false, random);
  return delay === null ? { status: 'gaveUp', delay: null } : { status: 'closed', delay };
}
