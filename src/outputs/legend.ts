/**
 * Colours and the legend, in one place: the map style, the on-screen legend and the exported
 * images all read them from here, so they cannot disagree.
 */
import type { Activity } from '../model/schema.ts';
import type { ThreatLevel, UnitOnDay } from '../model/dayState.ts';
import { inLang, m, type Lang } from '../words/i18n.ts';

/**
 * What a region's fill shows: the "red" threat level, its lifting, or (with neither) a state of
 * emergency. A state of emergency beside a threat level is drawn as the region's border.
 */
export type Regime = ThreatLevel | 'emergency';

export function regimeOf(u: UnitOnDay): { regime: Regime; inferred: boolean } {
  const threat = u.terrorThreatLevel;
  if (threat.value !== 'none')
    return { regime: threat.value, inferred: threat.certainty !== 'reported' };
  const soe = u.stateOfEmergency;
  if (soe.value) return { regime: 'emergency', inferred: soe.certainty !== 'reported' };
  return { regime: 'none', inferred: false };
}

export const COLORS = {
  water: '#d6e4ec',
  land: '#ece9e2',
  neighbourLine: '#b9b4aa',
  unitLine: '#8b8478',
  /**
   * A region's fill: the strongest measure in force there, strong where an article reports it
   * for the day and pale where we infer it. Red, blue-green and purple stay apart for the common
   * colour-vision deficiencies, and each pale tint stays apart from the blank.
   */
  regime: {
    red: { reported: '#c8352b', inferred: '#eea59c' },
    lifted: { reported: '#2f8f76', inferred: '#a8d8c8' },
    emergency: { reported: '#6a3d9a', inferred: '#cdb9e6' },
    none: { reported: '#f7f4ee', inferred: '#f7f4ee' },
  } satisfies Record<Regime, { reported: string; inferred: string }>,
  emergency: '#6a3d9a',
  /** The glow around what changed on the day. */
  changed: '#f5c400',
  protestOutline: '#e8891c',
  activity: {
    clashes: '#b0171f',
    protest: '#e8891c',
    security: '#2c5d8f',
    csto: '#3f7f3a',
    recovery: '#5c8f7b',
    political: '#6d6d6d',
  } satisfies Record<Activity, string>,
  earlier: '#8c8c8c',
  spread: '#e8891c',
  csto: '#2f6b2a',
  text: '#222222',
  halo: '#ffffff',
};

export type Swatch =
  /** A fill; with `pale`, split into the reported colour and the inferred tint. */
  | { kind: 'fill'; color: string; pale?: string }
  | { kind: 'glow'; color: string }
  | { kind: 'ring'; color: string }
  | { kind: 'line'; color: string; dashed?: boolean }
  | { kind: 'circle'; color: string; hollow?: boolean }
  | { kind: 'arc'; color: string };

export interface LegendItem {
  id: string;
  label: string;
  swatch: Swatch;
}

export interface LegendSection {
  title: string;
  items: LegendItem[];
}

const LEGEND_WORDS: Record<string, typeof m.legend_red> = {
  regions: m.legend_regions,
  places: m.legend_places,
  red: m.legend_red,
  lifted: m.legend_lifted,
  emergency: m.legend_emergency,
  inferred: m.legend_inferred,
  'emergency-border': m.legend_emergency_border,
  protest: m.legend_protest,
  changed: m.legend_changed,
  clashes: m.legend_clashes,
  'protest-place': m.legend_protest_place,
  other: m.legend_other,
  'place-inferred': m.legend_place_inferred,
  'new-place': m.legend_new_place,
  earlier: m.legend_earlier,
  spread: m.legend_spread,
  csto: m.legend_csto,
};

/**
 * The legend in a language, for the page and every export alike.
 */
export function legend(lang: Lang = 'en'): LegendSection[] {
  const o = inLang(lang);
  return LAYOUT.map((section) => ({
    title: LEGEND_WORDS[section.id]!({}, o),
    items: section.items.map((item) => ({ ...item, label: LEGEND_WORDS[item.id]!({}, o) })),
  }));
}

/** The legend's layout: its sections and items by id, with their swatches. */
const LAYOUT: readonly { id: string; items: { id: string; swatch: Swatch }[] }[] = [
  {
    id: 'regions',
    items: [
      {
        id: 'red',
        swatch: {
          kind: 'fill',
          color: COLORS.regime.red.reported,
          pale: COLORS.regime.red.inferred,
        },
      },
      {
        id: 'lifted',
        swatch: {
          kind: 'fill',
          color: COLORS.regime.lifted.reported,
          pale: COLORS.regime.lifted.inferred,
        },
      },
      {
        id: 'emergency',
        swatch: {
          kind: 'fill',
          color: COLORS.regime.emergency.reported,
          pale: COLORS.regime.emergency.inferred,
        },
      },
      {
        id: 'inferred',
        swatch: { kind: 'fill', color: COLORS.regime.red.inferred },
      },
      {
        id: 'emergency-border',
        swatch: { kind: 'line', color: COLORS.emergency, dashed: true },
      },
      {
        id: 'protest',
        swatch: { kind: 'line', color: COLORS.protestOutline },
      },
      {
        id: 'changed',
        swatch: { kind: 'glow', color: COLORS.changed },
      },
    ],
  },
  {
    id: 'places',
    items: [
      {
        id: 'clashes',
        swatch: { kind: 'circle', color: COLORS.activity.clashes },
      },
      {
        id: 'protest-place',
        swatch: { kind: 'circle', color: COLORS.activity.protest },
      },
      {
        id: 'other',
        swatch: { kind: 'circle', color: COLORS.activity.security },
      },
      {
        id: 'place-inferred',
        swatch: { kind: 'circle', color: COLORS.activity.protest, hollow: true },
      },
      {
        id: 'new-place',
        swatch: { kind: 'ring', color: COLORS.changed },
      },
      {
        id: 'earlier',
        swatch: { kind: 'circle', color: COLORS.earlier },
      },
      {
        id: 'spread',
        swatch: { kind: 'arc', color: COLORS.spread },
      },
      {
        id: 'csto',
        swatch: { kind: 'arc', color: COLORS.csto },
      },
    ],
  },
];
