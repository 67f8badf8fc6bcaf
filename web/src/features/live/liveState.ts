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
}

export interface LiveState {
  lastSeq: number;
  blocks: Block[];
  block: number;
  blockStartedAt: number | null;
  thoughts: Thought[];
  revealedUpTo: number;
  sentences: { seq: number; text: string; mine: boolean }[];
  verses: { seq: number; text: string; mine: boolean }[];
  ended: boolean;
}

export function initialState(blocks: Block[]): LiveState {
  return { lastSeq: 0, blocks, block: 0, blockStartedAt: null, thoughts: [], revealedUpTo: 0, sentences: [], verses: [], ended: false };
}

const str = (v: unknown) => (typeof v === 'string' ? v : '');
const num = (v: unknown) => (typeof v === 'number' ? v : 0);

export function applyEvent(s: LiveState, e: LiveEvent): LiveState {
  if (e.seq <= s.lastSeq) return s;
  const next: LiveState = { ...s, lastSeq: e.seq };
  switch (e.kind) {
    case 'thought':
      next.thoughts = [...s.thoughts, { seq: e.seq, text: e.hidden ? null : str(e.data.text), mine: e.mine, rule: '', part: '', group: '' }];
      break;
    case 'reveal': {
      const texts = new Map<number, string>();
      const list = Array.isArray(e.data.thoughts) ? (e.data.thoughts as { seq: number; data: { text: string } }[]) : [];
      for (const t of list) texts.set(t.seq, t.data.text);
      next.revealedUpTo = e.seq;
      next.thoughts = s.thoughts.map((t) => (t.text === null && texts.has(t.seq) ? { ...t, text: texts.get(t.seq)! } : t));
      break;
    }
    case 'place':
      next.thoughts = s.thoughts.map((t) => (t.seq === num(e.data.thought) ? { ...t, rule: str(e.data.rule), part: str(e.data.part) } : t));
      break;
    case 'group':
      next.thoughts = s.thoughts.map((t) => (t.seq === num(e.data.thought) ? { ...t, group: str(e.data.group) } : t));
      break;
    case 'sentence':
      next.sentences = [...s.sentences, { seq: e.seq, text: str(e.data.text), mine: e.mine }];
      break;
    case 'verse':
      next.verses = [...s.verses, { seq: e.seq, text: str(e.data.text), mine: e.mine }];
      break;
    case 'block':
      next.block = num(e.data.index);
      next.blockStartedAt = e.at;
      break;
    case 'programme':
      next.blocks = Array.isArray(e.data.blocks) ? (e.data.blocks as Block[]) : s.blocks;
      break;
    case 'end':
      next.ended = true;
      break;
  }
  return next;
}

/** Whether a thought is visible on the shared screen (revealed, or not hidden at all). */
export function isRevealed(s: LiveState, t: Thought): boolean {
  return t.seq < s.revealedUpTo;
}
