import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { IntlProvider, useIntl } from 'react-intl';
import nl from './nl.json';
import en from './en.json';
import { initialLocale, storeLocale, type Locale } from './locale';

export { LOCALES, type Locale } from './locale';
const MESSAGES: Record<Locale, Record<string, string>> = { nl, en };

interface LocaleContextValue {
  locale: Locale;
  setLocale: (l: Locale) => void;
}

const LocaleContext = createContext<LocaleContextValue>({ locale: 'nl', setLocale: () => {} });

export function I18nProvider({ children, locale: fixed }: { children: ReactNode; locale?: Locale }) {
  const [locale, setLocaleState] = useState<Locale>(fixed ?? initialLocale);
  const setLocale = useCallback((l: Locale) => {
    setLocaleState(l);
    storeLocale(l);
  }, []);
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  const value = useMemo(() => ({ locale, setLocale }), [locale, setLocale]);
  return (
    <LocaleContext.Provider value={value}>
      <IntlProvider locale={locale === 'nl' ? 'nl-NL' : 'en-GB'} defaultLocale="nl-NL" messages={MESSAGES[locale]}>
        {children}
      </IntlProvider>
    </LocaleContext.Provider>
  );
}

export function useLocale(): LocaleContextValue {
  return useContext(LocaleContext);
}

export type Values = Record<string, string | number | boolean | Date | null | undefined>;

/** Short-hand: const t = useT(); t('login.title'). Every id lives in nl.json and en.json. */
export function useT() {
  const intl = useIntl();
  return useCallback((id: string, values?: Values) => intl.formatMessage({ id }, values), [intl]);
}

/** A label for an enum value (role.team_lead, experience.gezel); unknown values show as they are. */
export function useLabel() {
  const intl = useIntl();
  return useCallback(
    (prefix: string, value: string | null | undefined) => {
      if (!value) return intl.formatMessage({ id: 'common.none' });
      const id = `${prefix}.${value}`;
      return intl.messages[id] ? intl.formatMessage({ id }) : value;
    },
    [intl],
  );
}
