// One way to show dates and times: Intl.DateTimeFormat in Dutch (nl-NL), in English en-GB.
// The server sends ISO 8601 (timestamps in UTC, plain dates as YYYY-MM-DD, quarters as
// YYYY-Kn); every page formats them through these functions, so a date reads the same
// everywhere ("3 augustus 2026", "3 augustus 2026 om 14:05", "4e kwartaal 2026").
import { useMemo } from 'react';
import { useLocale, type Locale } from './I18nProvider';

const tag = (locale: Locale) => (locale === 'en' ? 'en-GB' : 'nl-NL');
const PLAIN_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const QUARTER = /^(\d{4})-[KQ]([1-4])$/;

/** A plain date (YYYY-MM-DD) is a day, not a moment: formatted in UTC so no time zone moves it. */
function toDate(value: string | Date): { date: Date; plain: boolean } | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : { date: value, plain: false };
  const m = PLAIN_DATE.exec(value);
  if (m) return { date: new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))), plain: true };
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? null : { date: d, plain: false };
}

/** "3 augustus 2026" / "3 August 2026"; an unreadable value is shown as it is. */
export function formatDate(value: string | Date, locale: Locale, timeZone?: string): string {
  const d = toDate(value);
  if (!d) return String(value);
  return new Intl.DateTimeFormat(tag(locale), { day: 'numeric', month: 'long', year: 'numeric', timeZone: d.plain ? 'UTC' : timeZone }).format(d.date);
}

/** "3 augustus 2026 om 14:05" / "3 August 2026 at 14:05" (a plain date has no time). */
export function formatDateTime(value: string | Date, locale: Locale, timeZone?: string): string {
  const d = toDate(value);
  if (!d) return String(value);
  if (d.plain) return formatDate(value, locale);
  return new Intl.DateTimeFormat(tag(locale), { dateStyle: 'long', timeStyle: 'short', timeZone }).format(d.date);
}

/** "2026-K4" → "4e kwartaal 2026" / "Q4 2026"; other periods are shown as they are. */
export function formatQuarter(period: string, locale: Locale): string {
  const m = QUARTER.exec(period);
  if (!m) return period;
  return locale === 'en' ? `Q${m[2]} ${m[1]}` : `${m[2]}e kwartaal ${m[1]}`;
}

/** The three, bound to the chosen language: const dates = useDates(); dates.date(iso). */
export function useDates() {
  const { locale } = useLocale();
  return useMemo(
    () => ({
      date: (value: string | Date) => formatDate(value, locale),
      dateTime: (value: string | Date) => formatDateTime(value, locale),
      quarter: (period: string) => formatQuarter(period, locale),
    }),
    [locale],
  );
}
