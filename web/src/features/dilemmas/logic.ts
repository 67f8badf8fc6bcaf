// The pure bits of the dilemma pages: grouping the library by topic, the vote's progress, the
// words for a change in the ranking, shares for the distribution bars and the form's lists.
import type { Me } from '../../api/types';
import { TOPICS, type Current, type Dilemma, type DilemmaInput, type Results, type Vote } from './api';

export interface TopicGroup<T> {
  topic: string;
  items: T[];
}

/** The library by topic, in the order of the breadth; dilemmas without a known topic last ("overig"). */
export function groupByTopic<T extends { topic: string }>(dilemmas: readonly T[]): TopicGroup<T>[] {
  const known = new Set<string>(TOPICS);
  const groups: TopicGroup<T>[] = [];
  for (const topic of [...TOPICS, 'overig']) {
    const items = dilemmas.filter((d) => (known.has(d.topic) ? d.topic === topic : topic === 'overig'));
    if (items.length) groups.push({ topic, items });
  }
  return groups;
}

/** A vote being filled in: per dilemma key, what has been picked so far. */
export type Draft = Record<string, { recognisable?: number; current?: Current }>;

export function draftOf(votes: readonly Vote[]): Draft {
  const d: Draft = {};
  for (const v of votes) d[v.dilemmaKey] = { recognisable: v.recognisable, current: v.current };
  return d;
}

/** The dilemmas with both answers given, as the body of PUT …/votes. */
export function completeVotes(draft: Draft, keys: readonly string[]): Vote[] {
  const out: Vote[] = [];
  for (const key of keys) {
    const v = draft[key];
    if (v?.recognisable && v.current) out.push({ dilemmaKey: key, recognisable: v.recognisable, current: v.current });
  }
  return out;
}

/** "x van 20": how many of the round's dilemmas have both answers. */
export function voteProgress(draft: Draft, keys: readonly string[]): { done: number; total: number } {
  return { done: completeVotes(draft, keys).length, total: keys.length };
}

/** Which message says how a dilemma moved since the previous round, with its count. */
export function changeWording(entry: { change: number | null; previousRank: number | null }): { id: string; count: number } {
  if (entry.previousRank === null || entry.change === null) return { id: 'dilemmas.change.new', count: 0 };
  if (entry.change > 0) return { id: 'dilemmas.change.up', count: entry.change };
  if (entry.change < 0) return { id: 'dilemmas.change.down', count: -entry.change };
  return { id: 'dilemmas.change.same', count: 0 };
}

/** Whole percentages of counts that add up to 100 (largest remainder); all zero when nobody answered. */
export function shares(counts: readonly number[]): number[] {
  const total = counts.reduce((a, b) => a + b, 0);
  if (!total) return counts.map(() => 0);
  const raw = counts.map((c) => (c * 100) / total);
  const floor = raw.map(Math.floor);
  let left = 100 - floor.reduce((a, b) => a + b, 0);
  const order = raw.map((r, i) => ({ i, rest: r - Math.floor(r) })).sort((x, y) => y.rest - x.rest || x.i - y.i);
  for (const { i } of order) {
    if (left <= 0) break;
    floor[i]++;
    left--;
  }
  return floor;
}

/** What the results page can show: the round still open, too few voters, or the ranking. */
export function resultsState(r: Pick<Results, 'visible' | 'voterCount' | 'minVoters'> & { round: { status: string } }): 'open' | 'tooFew' | 'visible' {
  if (r.visible) return 'visible';
  if (r.round.status === 'open') return 'open';
  return 'tooFew';
}

/** The team lead, the team's supervisor and an organisation admin review proposals and run rounds. */
export function canLead(me: Me | null | undefined, teamId: number): boolean {
  if (!me) return false;
  if (me.user.orgAdmin) return true;
  const role = me.teams.find((t) => t.id === teamId)?.role;
  return role === 'team_lead' || role === 'supervisor';
}

/** Lines typed in a textarea as a list: trimmed, empty lines dropped. */
export const linesOf = (text: string) => text.split('\n').map((l) => l.trim()).filter(Boolean);

/** The editable texts of a dilemma as the admin form holds them (lists one entry per line). */
export interface DilemmaFormValues {
  topic: string;
  title: string;
  tension: string;
  aChoice: string;
  aCost: string;
  aValues: string;
  bChoice: string;
  bCost: string;
  bValues: string;
  perspectives: Record<string, string>;
  domains: string[];
  rules: string[];
  themes: string[];
  examples: string;
  questions: string;
}

export function formValuesOf(d?: DilemmaInput): DilemmaFormValues {
  const persp: Record<string, string> = {};
  for (const p of d?.perspectives ?? []) persp[p.who] = p.stake;
  return {
    topic: d?.topic ?? '',
    title: d?.title ?? '',
    tension: d?.tension ?? '',
    aChoice: d?.a.choice ?? '',
    aCost: d?.a.cost ?? '',
    aValues: (d?.a.values ?? []).join('\n'),
    bChoice: d?.b.choice ?? '',
    bCost: d?.b.cost ?? '',
    bValues: (d?.b.values ?? []).join('\n'),
    perspectives: persp,
    domains: d?.domains ?? [],
    rules: d?.rules ?? [],
    themes: d?.themes ?? [],
    examples: (d?.examples ?? []).join('\n'),
    questions: (d?.questions ?? []).join('\n'),
  };
}

export function inputOf(f: DilemmaFormValues, perspectives: readonly string[]): DilemmaInput {
  return {
    topic: f.topic,
    title: f.title.trim(),
    tension: f.tension.trim(),
    a: { choice: f.aChoice.trim(), cost: f.aCost.trim(), values: linesOf(f.aValues) },
    b: { choice: f.bChoice.trim(), cost: f.bCost.trim(), values: linesOf(f.bValues) },
    perspectives: perspectives.filter((w) => f.perspectives[w]?.trim()).map((w) => ({ who: w, stake: f.perspectives[w].trim() })),
    domains: f.domains,
    rules: f.rules,
    themes: f.themes,
    examples: linesOf(f.examples),
    questions: linesOf(f.questions),
  };
}

/** A member's proposal from practice: the heart of a dilemma, the rest is for the review. */
export function proposalInput(p: { title: string; tension: string; aChoice: string; aCost: string; bChoice: string; bCost: string }): DilemmaInput {
  return inputOf({ ...formValuesOf(), ...p }, []);
}

/** A library dilemma's source in words (starter, changed by the organisation, own, the team's). */
export function sourceId(d: Pick<Dilemma, 'source' | 'edited'>): string {
  if (d.source === 'starter') return d.edited ? 'dilemmas.source.edited' : 'dilemmas.source.starter';
  return `dilemmas.source.${d.source}`;
}

/**
 * The server names a perspective's finding by its place in the list it got
 * ("perspectives[1].stake"); the form has a field per perspective ("perspectives.partner").
 */
export function perspectiveField(field: string | undefined, sent: readonly string[]): string | undefined {
  const m = field ? /^perspectives\[(\d+)\]\.stake$/.exec(field) : null;
  if (!m) return field;
  const who = sent[Number(m[1])];
  return who ? `perspectives.${who}` : field;
}
