/**
 * The atlas's own names for statuses, CSTO phases, activities and measures, in every language:
 * the legend, the panels, the headline and every export say them the same way.
 */
import { inLang, m, type Lang } from './i18n.ts';
import type { Activity, CstoPhase, Measure } from '../model/schema.ts';
import type { ThreatLevel } from '../model/dayState.ts';

/** The "red" threat level's values in words. */
export function threatLabel(level: ThreatLevel, lang: Lang = 'en'): string {
  const o = inLang(lang);
  if (level === 'red') return m.legend_red({}, o);
  if (level === 'lifted') return m.legend_lifted({}, o);
  return m.threat_none({}, o);
}

const CSTO_WORDS: Record<CstoPhase, typeof m.csto_none> = {
  none: m.csto_none,
  requested: m.csto_requested,
  deploying: m.csto_deploying,
  deployed: m.csto_deployed,
  withdrawing: m.csto_withdrawing,
  withdrawn: m.csto_withdrawn,
};

/** A CSTO phase in words: "CSTO troops arriving". */
export function cstoPhaseLabel(phase: CstoPhase, lang: Lang = 'en'): string {
  return CSTO_WORDS[phase]({}, inLang(lang));
}

/** The CSTO phase of a day in words, marked "(inferred)" where it is: "CSTO troops arriving (inferred)". */
export function cstoLabel(
  csto: { phase: CstoPhase; certainty: string },
  lang: Lang = 'en',
): string {
  const label = cstoPhaseLabel(csto.phase, lang);
  return csto.certainty === 'inferred' ? `${label} ${m.inferred({}, inLang(lang))}` : label;
}

const ACTIVITY_WORDS: Record<Activity, typeof m.activity_csto> = {
  clashes: m.activity_clashes,
  protest: m.activity_protest,
  security: m.activity_security,
  csto: m.activity_csto,
  recovery: m.activity_recovery,
  political: m.activity_political,
};

export function activityLabel(activity: Activity, lang: Lang = 'en'): string {
  return ACTIVITY_WORDS[activity]({}, inLang(lang));
}

const MEASURE_WORDS: Record<Measure, typeof m.measure_killed> = {
  killed: m.measure_killed,
  injured: m.measure_injured,
  hospitalised: m.measure_hospitalised,
  'intensive-care': m.measure_intensive_care,
  detained: m.measure_detained,
  'weapons-seized': m.measure_weapons_seized,
  troops: m.measure_troops,
  attacks: m.measure_attacks,
  looted: m.measure_looted,
  'businesses-affected': m.measure_businesses_affected,
  'vehicles-damaged': m.measure_vehicles_damaged,
  'emergency-calls': m.measure_emergency_calls,
  flights: m.measure_flights,
};

export function measureLabel(measure: Measure, lang: Lang = 'en'): string {
  return MEASURE_WORDS[measure]({}, inLang(lang));
}
