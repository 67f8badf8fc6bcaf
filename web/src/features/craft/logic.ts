// The pure rules of the craft pages: a member's draft of answers (herken and anders exclude
// each other, "speelt nu" goes with either), how far they are, and what is sent.
import type { Answer, Line, MyPicture, Picture, Recognition } from './api';

export interface Choice { recognition: Recognition | null; current: boolean }
export type Draft = Record<string, Choice>;
export type LineDraft = Record<string, { text: string; shared: boolean }>;

export function draftOf(answers: Answer[]): Draft {
  const d: Draft = {};
  for (const a of answers) d[a.statementKey] = { recognition: a.recognition, current: a.current };
  return d;
}

export function linesOf(lines: Line[]): LineDraft {
  const d: LineDraft = {};
  for (const l of lines) d[l.themeKey] = { text: l.text, shared: l.shared };
  return d;
}

/** Pressing a button: "herken" and "anders" toggle and exclude each other; "nu" toggles alone. */
export function toggle(choice: Choice | undefined, button: Recognition | 'nu'): Choice {
  const c = choice ?? { recognition: null, current: false };
  if (button === 'nu') return { ...c, current: !c.current };
  return { ...c, recognition: c.recognition === button ? null : button };
}

export function answered(c: Choice | undefined): boolean {
  return !!c && (c.recognition !== null || c.current);
}

export function progress(draft: Draft, picture: Picture): { done: number; total: number } {
  let done = 0;
  let total = 0;
  for (const t of picture.themes)
    for (const s of t.statements) {
      total += 1;
      if (answered(draft[s.key])) done += 1;
    }
  return { done, total };
}

/** The body: only statements with a choice, only lines with text. */
export function bodyOf(draft: Draft, lines: LineDraft, picture: Picture): MyPicture {
  const answers: Answer[] = [];
  for (const t of picture.themes)
    for (const s of t.statements) {
      const c = draft[s.key];
      if (answered(c)) answers.push({ statementKey: s.key, recognition: c!.recognition, current: c!.current });
    }
  const out: Line[] = [];
  for (const t of picture.themes) {
    const l = lines[t.key];
    if (l && l.text.trim()) out.push({ themeKey: t.key, text: l.text.trim(), shared: l.shared });
  }
  return { answers, lines: out };
}

/** A share of a whole as a rounded percentage (0 when there is no whole). */
export function percent(part: number, whole: number): number {
  return whole > 0 ? Math.round((part / whole) * 100) : 0;
}

/** Whether the caller leads the team (lead or supervisor) or is an organisation admin. */
export function canSeeAsLead(me: { user: { orgAdmin: boolean }; teams: { id: number; role: string }[] } | undefined, teamId: number) {
  if (!me) return false;
  if (me.user.orgAdmin) return true;
  const role = me.teams.find((t) => t.id === teamId)?.role;
  return role === 'team_lead' || role === 'supervisor';
}
