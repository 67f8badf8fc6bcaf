// A zodatje is typed in two fields ("Ik …" and "zodat …") and saved as one text, "Ik …, zodat …".
// The server's privacy findings are UTF-8 byte offsets into that one text; these helpers map them
// back onto the field the person typed them in, so each field shows its own findings.
import { byteLength } from '../privacy/offsets';
import type { PrivacyFinding } from '../privacy/usePrivacyGuard';

export interface ZodatjePart {
  field: 'ik' | 'zodat';
  /** Byte offset in the saved text where this field's content starts. */
  textStart: number;
  /** Byte offset in the field's own value where the content starts (after "ik "/"zodat " and spaces). */
  valueStart: number;
  /** Byte length of the content. */
  length: number;
}

function content(value: string, prefix: RegExp): { text: string; skipped: string } {
  const trimmed = value.trim();
  const text = trimmed.replace(prefix, '');
  const lead = value.length - value.trimStart().length + (trimmed.length - text.length);
  return { text, skipped: value.slice(0, lead) };
}

/** The text that is saved, and where each field's content sits in it. */
export function zodatjeText(ik: string, zodat: string): { text: string; parts: ZodatjePart[] } {
  const a = content(ik, /^ik\s+/i);
  const b = content(zodat, /^zodat\s+/i);
  const head = 'Ik ';
  const mid = ', zodat ';
  const text = `${head}${a.text}${mid}${b.text}`;
  const aStart = byteLength(head);
  const bStart = aStart + byteLength(a.text) + byteLength(mid);
  return {
    text,
    parts: [
      { field: 'ik', textStart: aStart, valueStart: byteLength(a.skipped), length: byteLength(a.text) },
      { field: 'zodat', textStart: bStart, valueStart: byteLength(b.skipped), length: byteLength(b.text) },
    ],
  };
}

/**
 * The findings of the saved text ("text"), moved onto the field they lie in, with offsets into
 * that field's value. A finding across both fields (never seen) goes to the first one.
 */
export function findingsPerField(findings: readonly PrivacyFinding[], parts: readonly ZodatjePart[]): PrivacyFinding[] {
  const out: PrivacyFinding[] = [];
  for (const f of findings) {
    const part = parts.find((p) => f.start >= p.textStart && f.start < p.textStart + Math.max(p.length, 1)) ?? parts[0];
    const shift = part.valueStart - part.textStart;
    out.push({ ...f, field: part.field, start: f.start + shift, end: f.end + shift });
  }
  return out;
}
