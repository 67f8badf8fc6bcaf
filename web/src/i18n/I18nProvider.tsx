import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { IntlProvider, useIntl } from 'react-intl';
import nl from './nl.json';
import { initialLocale, storeLocale, type Locale } from './locale';

export { LOCALES, type Locale } from './locale';
type Messages = Record<string, string>;

// Dutch comes with the app; English is fetched when someone chooses it (or chose it before), so
// that a first load carries one catalogue, not both (docs/adr/0012-first-load.md).
const MESSAGES: Partial<Record<Locale, Messages>> = { nl };
const LOADERS: Record<Locale, () => Promise<Messages>> = {
  nl: async () => nl,
  en: () => import('./en.json').then((m) => m.default),
};

async function loadMessages(l: Locale): Promise<Messages> {
  return (MESSAGES[l] ??= await LOADERS[l]());
}

interface LocaleContextValue {
  locale: Locale;
  setLocale: (l: Locale) => void;
}

const LocaleContext = createContext<LocaleContextValue>({ locale: 'nl', setLocale: () => {} });

export function I18nProvider({ children, locale: fixed }: { children: ReactNode; locale?: Locale }) {
  const [wanted, setWanted] = useState<Locale>(fixed ?? initialLocale);
  // the language on screen: the wanted one once its messages are in, the one before until then
  const [shown, setShown] = useState<{ locale: Locale; messages: Messages }>(() => {
    const messages = MESSAGES[wanted];
    return messages ? { locale: wanted, messages } : { locale: 'nl', messages: nl };
  });
  useEffect(() => {
    let live = true;
    loadMessages(wanted).then(
      (messages) => live && setShown({ locale: wanted, messages }),
      () => {}, // offline: the page stays in the language it has
    );
    return () => {
      live = false;
    };
  }, [wanted]);
  const setLocale = useCallback((l: Locale) => {
    setWanted(l);
    storeLocale(l);
  }, []);
  const locale = shown.locale;
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  const value = useMemo(() => ({ locale, setLocale }), [locale, setLocale]);
  return (
    <LocaleContext.Provider value={value}>
      <IntlProvider locale={locale === 'nl' ? 'nl-NL' : 'en-GB'} defaultLocale="nl-NL" messages={shown.messages}>
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
