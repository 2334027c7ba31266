/**
 * The interface language, as reactive state: the compiled messages (src/i18n) ask for the
 * locale each time they are called, so a template that calls one updates when it changes.
 */
import { baseLocale, locales, overwriteGetLocale } from '../../words/generated/runtime.js';

export type Locale = (typeof locales)[number];
export const LOCALES: readonly Locale[] = locales;
export const LOCALE_NAMES: Record<Locale, string> = {
  en: 'English',
  ru: 'Русский',
  kk: 'Қазақша',
};

const current = $state({ value: baseLocale as Locale });
overwriteGetLocale(() => current.value);

export function setLocale(locale: Locale): void {
  current.value = locale;
  if (typeof document !== 'undefined') document.documentElement.lang = locale;
}

export function locale(): Locale {
  return current.value;
}
