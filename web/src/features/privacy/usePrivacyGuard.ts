// State of the privacy guard for one free-text field that may describe a resident: checks the
// text with POST /api/v1/privacy-checks (debounced while typing, and at once on submit), keeps
// the findings, replaces spans by placeholders, remembers the "not a resident" confirmation, and
// reads the 422 problem a save answers with. Render it with <PrivacyTextarea guard={…} />.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { ApiError, request } from '../../api/client';
import { useT } from '../../i18n/I18nProvider';
import { findingsOnValue, replaceFindings, spanOf, type PrivacyFinding } from './offsets';

export type { PrivacyFinding } from './offsets';

export interface PrivacyCheckResult {
  findings: PrivacyFinding[];
  /** A BSN or IBAN is in the text: it cannot be saved until that is removed. */
  refused: boolean;
  /** True when the text may be saved now (nothing found, or only confirmed findings). */
  canSave: boolean;
  /** The value to send as the body's `privacyConfirmed`. */
  privacyConfirmed: boolean;
}

export interface PrivacyGuard {
  /** Body field name of this text (matches `findings[].field` of a 422). */
  field: string;
  value: string;
  setValue: (v: string) => void;
  /** Findings that fit the current text (replaced or edited-away ones drop out at once). */
  findings: PrivacyFinding[];
  refused: boolean;
  checking: boolean;
  /** The last check could not reach the server (the save is still guarded by the server). */
  checkFailed: boolean;
  /** All current non-refused findings are confirmed as "not a resident". */
  confirmed: boolean;
  setConfirmed: (v: boolean) => void;
  /** Findings need a confirmation (or replacement) before saving. */
  needsConfirmation: boolean;
  canSave: boolean;
  /** Check now (call it on submit, then save only when `canSave`). */
  check: () => Promise<PrivacyCheckResult>;
  replace: (f: PrivacyFinding) => void;
  replaceAll: () => void;
  /** Read a save's 422 problem with findings for this field; true when it was one. */
  applyProblem: (error: unknown) => boolean;
  /** Text for the aria-live region. */
  announcement: string;
  /** Set after a check on submit found something, so the field shows as invalid. */
  attempted: boolean;
}

export interface PrivacyGuardOptions {
  /** Body field name (default "text"). */
  field?: string;
  /** Milliseconds of quiet typing before checking (default 600). */
  delay?: number;
  /**
   * Ask POST /privacy-checks while typing and on submit (default true). Guests of a live session
   * have no account for it: then only the save's own refusal (`applyProblem`) shows findings.
   */
  precheck?: boolean;
  /**
   * The text is a note of this interview: the check while typing does not count the names of
   * its two people and its team's members (the server's save does the same).
   */
  interviewId?: number;
}

const key = (f: PrivacyFinding) => `${f.kind}\u0000${f.text}`;

function isFinding(x: unknown): x is PrivacyFinding {
  if (!x || typeof x !== 'object') return false;
  const f = x as Record<string, unknown>;
  return typeof f.kind === 'string' && typeof f.start === 'number' && typeof f.end === 'number' &&
    typeof f.text === 'string' && typeof f.placeholder === 'string';
}

function normalise(list: unknown, field: string): PrivacyFinding[] {
  if (!Array.isArray(list)) return [];
  return list.filter(isFinding).map((f) => ({ ...f, field: f.field ?? field, refused: f.refused === true }));
}

/**
 * The override in a save's body: `{ privacyConfirmed: true }` once the person confirmed the
 * findings, else nothing (so a body without findings stays as it was).
 */
export function privacyBody(confirmed: boolean): { privacyConfirmed?: true } {
  return confirmed ? { privacyConfirmed: true } : {};
}

/** A refusal that did not come over HTTP (a live submission's error frame) as the ApiError a save throws. */
export function privacyProblem(status: number, title: string, findings: unknown[] | undefined): ApiError {
  return new ApiError(status, { status, title, findings });
}

/**
 * A save's refusal with the findings of `field` moved onto the text as typed (see
 * findingsOnValue: a trimmed text, or one entry per line sent as `field[i]`), for applyProblem.
 * Anything else is returned as it is.
 */
export function problemOnValue(error: unknown, field: string, value: string): unknown {
  if (!(error instanceof ApiError) || error.status !== 422 || !Array.isArray(error.problem.findings)) return error;
  const mapped = findingsOnValue(normalise(error.problem.findings, field), field, value);
  return privacyProblem(error.status, error.problem.title ?? '', mapped);
}

/** True when a save was refused for privacy findings (shown in the fields, not as an alert). */
export function isPrivacyProblem(error: unknown): boolean {
  return error instanceof ApiError && error.status === 422 && Array.isArray(error.problem.findings);
}

/**
 * `privacyConfirmed` from the results of checking several fields of one body (on submit): true
 * when some field had findings to confirm and every such field's findings are confirmed.
 */
export function privacyConfirmedOf(...results: PrivacyCheckResult[]): boolean {
  const soft = results.filter((r) => r.findings.some((f) => !f.refused));
  return soft.length > 0 && soft.every((r) => r.privacyConfirmed);
}

/** `privacyConfirmed` for a body with several guarded fields: every field's findings confirmed. */
export function privacyConfirmedFor(...guards: PrivacyGuard[]): boolean {
  return guards.every((g) => g.confirmed || g.findings.every((f) => f.refused));
}

export function usePrivacyGuard(value: string, onChange: (v: string) => void, options: PrivacyGuardOptions = {}): PrivacyGuard {
  const t = useT();
  const field = options.field ?? 'text';
  const delay = options.delay ?? 600;
  const precheck = options.precheck ?? true;
  const interviewId = options.interviewId;
  const [checked, setChecked] = useState<{ text: string; findings: PrivacyFinding[] } | null>(null);
  const [checking, setChecking] = useState(false);
  const [checkFailed, setCheckFailed] = useState(false);
  const [confirmedKeys, setConfirmedKeys] = useState<ReadonlySet<string>>(() => new Set());
  const [announcement, setAnnouncement] = useState('');
  const [attempted, setAttempted] = useState(false);
  const seq = useRef(0);
  const abort = useRef<AbortController | null>(null);
  const valueRef = useRef(value);
  valueRef.current = value;
  const checkedRef = useRef(checked);
  checkedRef.current = checked;
  const confirmedRef = useRef(confirmedKeys);
  confirmedRef.current = confirmedKeys;
  const lastSummary = useRef('');

  // findings that still fit the text as it is now
  const findings = useMemo(() => {
    if (!checked) return [];
    if (checked.text === value) return checked.findings;
    return checked.findings.filter((f) => spanOf(value, f) !== null);
  }, [checked, value]);

  const summarise = useCallback(
    (list: PrivacyFinding[]) => {
      if (!list.length) return t('privacy.announce.none');
      if (list.some((f) => f.refused)) return t('privacy.announce.refused', { count: list.length });
      return t('privacy.announce.found', { count: list.length });
    },
    [t],
  );

  const announceSummary = useCallback(
    (list: PrivacyFinding[], force = false) => {
      const s = summarise(list);
      if (!force && s === lastSummary.current) return;
      // nothing to say the first time a clean text is checked
      if (!force && !lastSummary.current && !list.length) {
        lastSummary.current = s;
        return;
      }
      lastSummary.current = s;
      setAnnouncement(s);
    },
    [summarise],
  );

  const resultOf = useCallback((list: PrivacyFinding[]): PrivacyCheckResult => {
    const refused = list.some((f) => f.refused);
    const soft = list.filter((f) => !f.refused);
    const confirmed = soft.length > 0 && soft.every((f) => confirmedRef.current.has(key(f)));
    return { findings: list, refused, canSave: !refused && (soft.length === 0 || confirmed), privacyConfirmed: confirmed };
  }, []);

  const check = useCallback(async (): Promise<PrivacyCheckResult> => {
    const text = valueRef.current;
    const id = ++seq.current;
    abort.current?.abort();
    if (!text.trim() || !precheck) {
      // without a precheck the findings are the last refusal's, as long as they fit the text
      if (!precheck) {
        const kept = (checkedRef.current?.findings ?? []).filter((f) => spanOf(text, f) !== null);
        return resultOf(kept);
      }
      setChecked({ text, findings: [] });
      setChecking(false);
      setCheckFailed(false);
      return resultOf([]);
    }
    const controller = new AbortController();
    abort.current = controller;
    setChecking(true);
    try {
      const res = await request<{ findings: unknown; refused: boolean }>('POST', '/privacy-checks',
        interviewId ? { text, interviewId } : { text }, { signal: controller.signal });
      const list = normalise(res?.findings, field).map((f) => ({ ...f, field }));
      if (id === seq.current) {
        setChecked({ text, findings: list });
        setCheckFailed(false);
        announceSummary(list);
      }
      return resultOf(list);
    } catch (e) {
      if (e instanceof DOMException && e.name === 'AbortError') return resultOf([]);
      if (id === seq.current) setCheckFailed(true);
      // the server guards the save itself; let the form try
      return { findings: [], refused: false, canSave: true, privacyConfirmed: false };
    } finally {
      if (id === seq.current) setChecking(false);
    }
  }, [announceSummary, field, resultOf, precheck, interviewId]);

  // debounced check while typing (not of the text the field started with: a saved text was
  // checked when it was saved, and a table of saved notes would ask once per row)
  const initial = useRef(value);
  useEffect(() => {
    if (!precheck) return;
    if (checked && checked.text === value) return;
    if (!checked && value === initial.current) return;
    const timer = window.setTimeout(() => void check(), delay);
    return () => window.clearTimeout(timer);
  }, [value, checked, check, delay, precheck]);

  useEffect(() => () => abort.current?.abort(), []);

  const soft = findings.filter((f) => !f.refused);
  const refused = findings.some((f) => f.refused);
  const confirmed = soft.length > 0 && soft.every((f) => confirmedKeys.has(key(f)));

  const setConfirmed = useCallback(
    (v: boolean) => setConfirmedKeys(v ? new Set(findings.filter((f) => !f.refused).map(key)) : new Set()),
    [findings],
  );

  const apply = useCallback(
    (chosen: PrivacyFinding[]) => {
      const text = valueRef.current;
      const r = replaceFindings(text, findings, chosen);
      if (!r.replaced.length) return;
      seq.current++; // a check in flight is about the old text
      abort.current?.abort();
      setChecking(false);
      setChecked({ text: r.text, findings: r.remaining });
      onChange(r.text);
      const msg = r.replaced.length === 1
        ? t('privacy.announce.replaced', { text: r.replaced[0].text, placeholder: r.replaced[0].placeholder })
        : t('privacy.announce.replacedAll', { count: r.replaced.length });
      lastSummary.current = summarise(r.remaining);
      setAnnouncement(r.remaining.length ? `${msg} ${lastSummary.current}` : msg);
    },
    [findings, onChange, summarise, t],
  );

  const check_ = useCallback(async () => {
    const r = await check();
    setAttempted(r.findings.length > 0 && !r.canSave);
    if (!r.canSave) announceSummary(r.findings, true);
    return r;
  }, [announceSummary, check]);

  const applyProblem = useCallback(
    (error: unknown): boolean => {
      if (!(error instanceof ApiError) || error.status !== 422) return false;
      const all = normalise(error.problem.findings, field);
      if (!all.length) return false;
      const mine = all.filter((f) => f.field === field);
      if (mine.length) {
        seq.current++;
        setChecked({ text: valueRef.current, findings: mine });
        setAttempted(true);
        announceSummary(mine, true);
      }
      return true;
    },
    [announceSummary, field],
  );

  return {
    field,
    value,
    setValue: onChange,
    findings,
    refused,
    checking,
    checkFailed,
    confirmed,
    setConfirmed,
    needsConfirmation: !refused && soft.length > 0 && !confirmed,
    canSave: !refused && (soft.length === 0 || confirmed),
    check: check_,
    replace: (f) => apply([f]),
    replaceAll: () => apply(findings),
    applyProblem,
    announcement,
    attempted: attempted && findings.length > 0,
  };
}
