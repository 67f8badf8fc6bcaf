import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatQuarter } from './dates';

describe('dates in words', () => {
  it('shows a plain date as a Dutch day, the same in every time zone', () => {
    expect(formatDate('2026-08-03', 'nl')).toBe('3 augustus 2026');
    expect(formatDate('2026-12-01', 'nl')).toBe('1 december 2026');
    expect(formatDate('2026-08-03', 'en')).toBe('3 August 2026');
    // a plain date never shifts a day, whatever the time zone of the browser
    expect(formatDate('2027-05-30', 'nl', 'Pacific/Honolulu')).toBe('30 mei 2027');
  });

  it('shows a moment in the given time zone, with the time', () => {
    expect(formatDate('2026-08-03T22:30:00Z', 'nl', 'Europe/Amsterdam')).toBe('4 augustus 2026');
    expect(formatDateTime('2026-08-03T12:05:00Z', 'nl', 'Europe/Amsterdam')).toBe('3 augustus 2026 om 14:05');
    expect(formatDateTime('2026-08-03T12:05:00Z', 'en', 'Europe/Amsterdam')).toBe('3 August 2026 at 14:05');
    expect(formatDateTime('2026-08-03', 'nl')).toBe('3 augustus 2026');
  });

  it('names a quarter in words and leaves other text alone', () => {
    expect(formatQuarter('2026-K4', 'nl')).toBe('4e kwartaal 2026');
    expect(formatQuarter('2026-K1', 'en')).toBe('Q1 2026');
    expect(formatQuarter('voorjaar', 'nl')).toBe('voorjaar');
    expect(formatDate('geen datum', 'nl')).toBe('geen datum');
  });
});

// Every page formats dates through this helper: no ISO slices, no own Intl date formats.
const sources = import.meta.glob(['../**/*.tsx', '../**/*.ts', '!../**/*.test.*', '!../test/**', '!./dates.ts'], {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;

describe('one date format', () => {
  it('no page cuts an ISO date or formats one itself', () => {
    const own = /\.slice\(0, ?10\)|\.slice\(11, ?16\)|formatDate\(|DateTimeFormat\(|toLocaleDateString|toLocaleString\(/;
    const offenders = Object.entries(sources)
      .filter(([, text]) => own.test(text))
      .map(([file]) => file);
    expect(offenders).toEqual([]);
    expect(Object.keys(sources).length).toBeGreaterThan(50);
  });
});
