/**
 * A day's changes in words: each status change, the list of regions, and the headline that
 * opens the panel and every export.
 */
import { addDays, formatDayIn } from '../model/days.ts';
import type { DayChanges, RegionStatus, StatusChange } from '../model/changes.ts';
import { lowerFirst } from '../model/text.ts';
import { UNITS } from '../model/units.ts';
import { inLang, m, regionCount, unitName, type Lang } from './i18n.ts';
import { cstoPhaseLabel } from './labels.ts';

/** "all 17 regions", "Almaty and Mangystau", "14 regions", in a language. */
export function unitList(ids: readonly string[], lang: Lang = 'en', spellOutUpTo = 3): string {
  if (ids.length === UNITS.length || ids.length > spellOutUpTo)
    return regionCount(ids.length, lang);
  const names = ids.map((id) => unitName(id, lang));
  return names.length === 1
    ? names[0]!
    : m.list_and(
        { first: names.slice(0, -1).join(', '), last: names[names.length - 1]! },
        inLang(lang),
      );
}

const WHAT: Record<RegionStatus, typeof m.what_protest> = {
  stateOfEmergency: m.what_emergency,
  terrorThreatLevel: m.what_red,
  protest: m.what_protest,
};

/** A status by name: "State of emergency", "«Красный» уровень опасности". */
export function statusName(status: RegionStatus, lang: Lang = 'en'): string {
  return WHAT[status]({}, inLang(lang));
}

/**
 * One status change in words: 'State of emergency in Almaty and Mangystau'. Whether it is
 * inferred is said once for the day's changes (see headline), not on each.
 */
export function statusChangeText(c: StatusChange, lang: Lang = 'en', spellOutUpTo = 3): string {
  const o = inLang(lang);
  const what = statusName(c.status, lang);
  const where = unitList(c.units, lang, spellOutUpTo);
  if (c.kind === 'unrecorded') return m.change_unrecorded({ what, where }, o);
  if (c.kind === 'ended') return m.change_ended({ what, where }, o);
  if (c.kind === 'began' && c.alreadyIn > 0) {
    const now = c.alreadyIn + c.units.length;
    const total = now === UNITS.length ? m.now_all({ count: now }, o) : '';
    const more =
      c.units.length > spellOutUpTo
        ? m.n_more_regions({ count: c.units.length }, o)
        : unitList(c.units, lang);
    return m.change_extended({ what, more, total }, o);
  }
  if (c.status === 'terrorThreatLevel' && c.value === 'lifted')
    return m.change_lifted({ where }, o);
  if (c.status === 'terrorThreatLevel' && c.value === 'red') return m.change_red({ where }, o);
  return m.change_in({ what, where }, o);
}

/**
 * The day's headline: the status changes and the CSTO phase in words, then how many events and
 * figures are new. "Nothing new" only when nothing is.
 */
export function headline(c: DayChanges, lang: Lang = 'en'): string {
  const o = inLang(lang);
  const parts = c.statuses
    .filter((s) => s.kind !== 'unrecorded')
    .map((s) => statusChangeText(s, lang));
  if (c.csto) parts.push(cstoPhaseLabel(c.csto.to, lang));
  // "Inferred" once, for the status and CSTO changes together.
  const changed = [
    ...c.statuses.filter((s) => s.kind !== 'unrecorded').map((s) => s.certainty),
    ...(c.csto ? [c.csto.certainty] : []),
  ];
  const inferred = changed.filter((certainty) => certainty !== 'reported').length;
  if (c.events.length) parts.push(m.n_new_events({ count: c.events.length }, o));
  if (c.figures.length) parts.push(m.n_new_figures({ count: c.figures.length }, o));
  const unrecorded = c.statuses.filter((s) => s.kind === 'unrecorded');
  if (unrecorded.length) {
    const what = [...new Set(unrecorded.map((s) => lowerFirst(statusName(s.status, lang))))];
    const day = formatDayIn(addDays(c.date, -1), lang);
    parts.push(m.no_record_after({ day, what: what.join(', ') }, o));
  }
  if (inferred)
    parts.push(
      inferred === changed.length
        ? m.headline_all_inferred({}, o)
        : m.headline_some_inferred({ count: inferred, total: changed.length }, o),
    );
  if (!parts.length) return m.headline_nothing({}, o);
  const text = parts.join(' · ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}
