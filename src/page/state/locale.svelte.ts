/**
 * The interface language, as reactive state: the compiled messages (src/words) ask for the
 * locale each time they are called, so a template that calls one updates when it changes.
 */
import { baseLocale, overwriteGetLocale } from '../../words/generated/runtime.js';
import type { Lang } from '../../words/i18n.ts';

const current = $state({ value: baseLocale as Lang });
overwriteGetLocale(() => current.value);

export function setLocale(locale: Lang): void {
  current.value = locale;
  if (typeof document !== 'undefined') document.documentElement.lang = locale;
}

export function locale(): Lang {
  return current.value;
}
