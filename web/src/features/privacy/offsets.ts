// The server reports privacy findings as UTF-8 *byte* offsets into the text it received; a
// JavaScript string is indexed in UTF-16 code units. These helpers convert between the two and
// replace spans safely: a span whose text no longer matches is left alone (the check is stale).

export type PrivacyKind = 'bsn' | 'iban' | 'phone' | 'email' | 'address' | 'birthdate' | 'name';

export interface PrivacyFinding {
  /** The body field the finding is in (from a 422 of a save; "text" from the check endpoint). */
  field?: string;
  kind: PrivacyKind | string;
  /** UTF-8 byte offsets into the text, end exclusive. */
  start: number;
  end: number;
  text: string;
  placeholder: string;
  /** BSN and IBAN: the text cannot be saved while this is in it. */
  refused: boolean;
}

/** Bytes UTF-8 needs for the code point (or lone surrogate, which encoders turn into U+FFFD). */
function utf8Length(cp: number): number {
  if (cp < 0x80) return 1;
  if (cp < 0x800) return 2;
  if (cp < 0x10000) return 3;
  return 4;
}

/** UTF-8 byte length of a string, as TextEncoder would encode it. */
export function byteLength(text: string): number {
  return new TextEncoder().encode(text).length;
}

/**
 * The UTF-16 index where byte offset `byte` falls. Returns null when the offset is outside the
 * text or inside a multi-byte character (which a correct finding never is).
 */
export function byteToIndex(text: string, byte: number): number | null {
  if (!Number.isInteger(byte) || byte < 0) return null;
  let bytes = 0;
  let i = 0;
  while (i < text.length) {
    if (bytes === byte) return i;
    if (bytes > byte) return null;
    const cp = text.codePointAt(i)!;
    // a lone surrogate is one code unit (encoded as U+FFFD, 3 bytes); a pair is two
    const units = cp > 0xffff ? 2 : 1;
    bytes += utf8Length(cp >= 0xd800 && cp <= 0xdfff ? 0xfffd : cp);
    i += units;
  }
  return bytes === byte ? i : null;
}

/** The UTF-8 byte offset of UTF-16 index `index`. */
export function indexToByte(text: string, index: number): number {
  return byteLength(text.slice(0, index));
}

/** A finding's span as UTF-16 indices, or null if it does not fit this text (stale). */
export function spanOf(text: string, f: Pick<PrivacyFinding, 'start' | 'end' | 'text'>): { from: number; to: number } | null {
  if (f.end < f.start) return null;
  const from = byteToIndex(text, f.start);
  const to = byteToIndex(text, f.end);
  if (from === null || to === null) return null;
  if (text.slice(from, to) !== f.text) return null;
  return { from, to };
}

export interface Replaced {
  text: string;
  /** Findings that were replaced. */
  replaced: PrivacyFinding[];
  /** The other findings, with offsets moved to fit the new text (stale ones dropped). */
  remaining: PrivacyFinding[];
}

/**
 * Replaces the given findings by their placeholders, from last to first so earlier offsets stay
 * valid. Overlapping or stale findings are skipped. `remaining` lists the other findings, shifted.
 */
export function replaceFindings(text: string, all: readonly PrivacyFinding[], chosen: readonly PrivacyFinding[]): Replaced {
  const pick = new Set(chosen);
  const spans = all
    .map((f) => ({ f, span: spanOf(text, f) }))
    .filter((x): x is { f: PrivacyFinding; span: { from: number; to: number } } => x.span !== null)
    .sort((a, b) => a.f.start - b.f.start || a.f.end - b.f.end);
  // drop findings that overlap an earlier one (the server does not send them, but be safe)
  const clean: typeof spans = [];
  for (const s of spans) if (!clean.length || s.f.start >= clean[clean.length - 1].f.end) clean.push(s);

  let out = '';
  let pos = 0;
  let shift = 0;
  const replaced: PrivacyFinding[] = [];
  const remaining: PrivacyFinding[] = [];
  for (const { f, span } of clean) {
    if (pick.has(f)) {
      out += text.slice(pos, span.from) + f.placeholder;
      pos = span.to;
      shift += byteLength(f.placeholder) - (f.end - f.start);
      replaced.push(f);
    } else {
      remaining.push({ ...f, start: f.start + shift, end: f.end + shift });
    }
  }
  out += text.slice(pos);
  return { text: out, replaced, remaining };
}

/** A short excerpt around a finding: before, the text itself, after (for "where"). */
export function contextOf(text: string, f: PrivacyFinding, width = 24): { before: string; match: string; after: string } | null {
  const span = spanOf(text, f);
  if (!span) return null;
  let a = Math.max(0, span.from - width);
  let b = Math.min(text.length, span.to + width);
  // do not cut a surrogate pair in half
  if (a > 0 && /[\udc00-\udfff]/.test(text[a])) a -= 1;
  if (b < text.length && /[\udc00-\udfff]/.test(text[b])) b += 1;
  return {
    before: (a > 0 ? '…' : '') + text.slice(a, span.from),
    match: text.slice(span.from, span.to),
    after: text.slice(span.to, b) + (b < text.length ? '…' : ''),
  };
}

/**
 * A save's findings for one form field, with offsets into what the person typed. The form sends
 * `field` trimmed (so its findings shift by the leading white space), or, for a textarea typed
 * one entry per line, the non-empty trimmed lines as a list whose findings name `field[i]`.
 * Other fields' findings are left as they are.
 */
export function findingsOnValue(findings: readonly PrivacyFinding[], field: string, value: string): PrivacyFinding[] {
  const lead = (s: string) => byteLength(s.slice(0, s.length - s.trimStart().length));
  // where each non-empty line's trimmed content starts, in bytes into the value
  const starts: number[] = [];
  let at = 0;
  for (const line of value.split('\n')) {
    if (line.trim()) starts.push(at + lead(line));
    at += byteLength(line) + 1;
  }
  return findings.map((f) => {
    if (f.field === field) {
      const shift = lead(value);
      return { ...f, start: f.start + shift, end: f.end + shift };
    }
    const m = f.field?.startsWith(`${field}[`) ? /\[(\d+)\]$/.exec(f.field) : null;
    const start = m ? starts[Number(m[1])] : undefined;
    if (start === undefined) return f;
    return { ...f, field, start: f.start + start, end: f.end + start };
  });
}
