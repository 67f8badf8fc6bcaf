// The pure bits of the partner pages: a draft from the questions, progress, why a link does
// not open, the team's own example counts per rule, a default end date and the proof of work.
import { ApiError } from '../../api/client';
import type { Answers, Questions, Recognition, TeamGuideline } from './api';

export function emptyAnswers(q: Questions, draft: Answers | null): Answers {
  const byKey = new Map((draft?.rules ?? []).map((r) => [r.ruleKey, r]));
  return {
    rules: q.rules.map((r) => ({
      ruleKey: r.ruleKey,
      recognition: byKey.get(r.ruleKey)?.recognition ?? null,
      example: byKey.get(r.ruleKey)?.example ?? '',
    })),
    distinctive: draft?.distinctive ?? '',
    missing: draft?.missing ?? '',
  };
}

export function setRecognition(a: Answers, ruleKey: string, r: Recognition | null): Answers {
  return { ...a, rules: a.rules.map((x) => (x.ruleKey === ruleKey ? { ...x, recognition: r } : x)) };
}
export function setExample(a: Answers, ruleKey: string, example: string): Answers {
  return { ...a, rules: a.rules.map((x) => (x.ruleKey === ruleKey ? { ...x, example } : x)) };
}

/** How many of the rules have an answer. */
export function answered(a: Answers): number {
  return a.rules.filter((r) => r.recognition !== null).length;
}
export function anyAnswer(a: Answers): boolean {
  return answered(a) > 0 || a.rules.some((r) => r.example.trim() !== '') || a.distinctive.trim() !== '' || a.missing.trim() !== '';
}

export type Gone = 'used' | 'closed' | 'revoked' | 'unknown';
/** Why a link does not open, from the API's 410/404 problem (null: another error). */
export function goneReason(e: unknown): Gone | null {
  if (!(e instanceof ApiError)) return null;
  const type = e.problem.type ?? '';
  if (e.status === 404) return 'unknown';
  if (e.status !== 410) return null;
  if (type.endsWith('partner-link-used')) return 'used';
  if (type.endsWith('partner-link-revoked')) return 'revoked';
  return 'closed';
}

/** The team's own examples per rule (all parts together), from its guideline matrix. */
export function ownCounts(g: TeamGuideline | undefined): Record<string, number> | null {
  if (!g || !Array.isArray(g.cells)) return null;
  const out: Record<string, number> = {};
  for (const c of g.cells) out[c.ruleKey] = (out[c.ruleKey] ?? 0) + (c.count ?? 0);
  return out;
}

/** YYYY-MM-DD, `days` after `from` (UTC). */
export function dayAfter(from: Date, days: number): string {
  const d = new Date(from.getTime() + days * 86_400_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

export function leadingZeroBits(bytes: Uint8Array): number {
  let bits = 0;
  for (const b of bytes) {
    if (b === 0) {
      bits += 8;
      continue;
    }
    return bits + Math.clz32(b) - 24;
  }
  return bits;
}

/**
 * Finds a nonce so that SHA-256(challenge + ":" + nonce) starts with `difficulty` zero bits,
 * with the browser's own crypto.subtle (no third party, no cookie): a few hundred ms.
 */
export async function solveProofOfWork(challenge: string, difficulty: number, subtle: SubtleCrypto = crypto.subtle): Promise<string> {
  const enc = new TextEncoder();
  for (let n = 0; ; n++) {
    const nonce = n.toString(36);
    const digest = new Uint8Array(await subtle.digest('SHA-256', enc.encode(`${challenge}:${nonce}`)));
    if (leadingZeroBits(digest) >= difficulty) return nonce;
  }
}
