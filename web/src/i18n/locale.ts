// The chosen language, kept on the device: shared by the app (I18nProvider) and the guest's
// small join page (src/join), which loads without React.
export type Locale = 'nl' | 'en';
export const LOCALES: readonly Locale[] = ['nl', 'en'];
const STORAGE_KEY = 'vk-locale';

export function initialLocale(): Locale {
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY);
    if (stored === 'en' || stored === 'nl') return stored;
  } catch {
    // storage may be unavailable (privacy mode): Dutch is the default
  }
  return 'nl';
}

export function storeLocale(l: Locale): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, l);
  } catch {
    // ignore
  }
}
