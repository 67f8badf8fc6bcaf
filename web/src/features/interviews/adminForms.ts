// Pure helpers of the deck and codebook pages: texts typed one per line (or words
// separated by commas), the card form's values and checks, moving a card up or down.
import type { Invalid } from '../../components/useForm';
import type { Card, CardInput, CraftTheme, Subtheme } from './api';

/** One entry per non-empty line, trimmed. */
export const linesOf = (text: string): string[] =>
  text.split('\n').map((s) => s.trim()).filter(Boolean);

/** Words separated by commas or new lines, trimmed. */
export const wordsOf = (text: string): string[] =>
  text.split(/[\n,;]/).map((s) => s.trim()).filter(Boolean);

/** A copy of `list` with the item at `index` moved by `delta` places (clamped). */
export function moveItem<T>(list: readonly T[], index: number, delta: number): T[] {
  const out = [...list];
  const to = Math.max(0, Math.min(out.length - 1, index + delta));
  if (index < 0 || index >= out.length || to === index) return out;
  const [item] = out.splice(index, 1);
  out.splice(to, 0, item);
  return out;
}

export const NEW_GROUP = '__nieuw';

/** A key for a new group, from its title: "De buurt in" → "de-buurt-in". */
export function groupKey(title: string): string {
  return (
    title
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40) || 'groep'
  );
}

export interface Group {
  key: string;
  title: string;
}
/** The groups of a deck in the order their first card appears. */
export function groupsOf(cards: readonly Card[]): Group[] {
  const out: Group[] = [];
  for (const c of cards) if (!out.some((g) => g.key === c.group)) out.push({ key: c.group, title: c.groupTitle });
  return out;
}

export interface CardValues extends Record<string, unknown> {
  group: string;
  groupTitle: string;
  title: string;
  quote: string;
  questions: string;
  prompts: string;
}

export function cardValues(card?: Card, group = ''): CardValues {
  return {
    group: card?.group ?? group,
    groupTitle: '',
    title: card?.title ?? '',
    quote: card?.quote ?? '',
    questions: (card?.questions ?? []).join('\n'),
    prompts: (card?.prompts ?? []).join('\n'),
  };
}

export function validateCard(v: CardValues): Invalid<CardValues> {
  const e: Invalid<CardValues> = {};
  if (!v.group) e.group = 'decks.error.group';
  if (v.group === NEW_GROUP && !v.groupTitle.trim()) e.groupTitle = 'decks.error.groupTitle';
  if (!v.title.trim()) e.title = 'decks.error.title';
  else if (v.title.trim().length > 120) e.title = 'decks.error.titleLong';
  if (linesOf(v.questions).length === 0) e.questions = 'decks.error.questions';
  return e;
}

export function cardBody(v: CardValues): CardInput {
  const isNew = v.group === NEW_GROUP;
  return {
    group: isNew ? groupKey(v.groupTitle) : v.group,
    ...(isNew ? { groupTitle: v.groupTitle.trim() } : {}),
    title: v.title.trim(),
    quote: v.quote.trim(),
    questions: linesOf(v.questions),
    prompts: linesOf(v.prompts),
  };
}

export interface CodeValues extends Record<string, unknown> {
  title: string;
  description: string;
  keywords: string;
}

export function codeValues(x?: CraftTheme | Subtheme): CodeValues {
  return { title: x?.title ?? '', description: x?.description ?? '', keywords: (x?.keywords ?? []).join(', ') };
}

export function validateCode(v: CodeValues): Invalid<CodeValues> {
  const e: Invalid<CodeValues> = {};
  if (!v.title.trim()) e.title = 'codebook.error.title';
  return e;
}
