/**
 * Colours and the legend, in one place: the map style, the on-screen legend and the exported
 * images all read them from here, so they cannot disagree.
 */
import type { Activity, CstoPhase, Measure } from './schema.ts';
import type { ThreatLevel, UnitOnDay } from './dayState.ts';

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

export const THREAT_LABELS: Record<ThreatLevel, string> = {
  red: '"Red" terrorist threat level',
  lifted: '"Red" level lifted',
  none: 'No threat level reported',
};

export const CSTO_LABELS: Record<CstoPhase, string> = {
  none: 'No CSTO involvement',
  requested: 'CSTO help requested',
  deploying: 'CSTO troops arriving',
  deployed: 'CSTO troops deployed',
  withdrawing: 'CSTO troops withdrawing',
  withdrawn: 'CSTO troops withdrawn',
};

/** The CSTO phase of a day in words, marked "(inferred)" where it is: "CSTO troops arriving (inferred)". */
export function cstoLabel(csto: { phase: CstoPhase; certainty: string }): string {
  return `${CSTO_LABELS[csto.phase]}${csto.certainty === 'inferred' ? ' (inferred)' : ''}`;
}

export const ACTIVITY_LABELS: Record<Activity, string> = {
  clashes: 'Clashes, attacks',
  protest: 'Protests',
  security: 'Security measures',
  csto: 'CSTO',
  recovery: 'Return to normal',
  political: 'Politics',
};

export const MEASURE_LABELS: Record<Measure, string> = {
  killed: 'Killed',
  injured: 'Injured',
  hospitalised: 'Hospitalised',
  'intensive-care': 'In intensive care',
  detained: 'Detained',
  'weapons-seized': 'Weapons seized',
  troops: 'Troops',
  attacks: 'Attacks',
  looted: 'Looted',
  'businesses-affected': 'Businesses affected',
  'vehicles-damaged': 'Vehicles damaged',
  'emergency-calls': 'Emergency calls',
  flights: 'Flights',
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

export const LEGEND: readonly LegendSection[] = [
  {
    title: 'Regions',
    items: [
      {
        id: 'red',
        label: THREAT_LABELS.red,
        swatch: {
          kind: 'fill',
          color: COLORS.regime.red.reported,
          pale: COLORS.regime.red.inferred,
        },
      },
      {
        id: 'lifted',
        label: THREAT_LABELS.lifted,
        swatch: {
          kind: 'fill',
          color: COLORS.regime.lifted.reported,
          pale: COLORS.regime.lifted.inferred,
        },
      },
      {
        id: 'emergency',
        label: 'State of emergency, no threat level',
        swatch: {
          kind: 'fill',
          color: COLORS.regime.emergency.reported,
          pale: COLORS.regime.emergency.inferred,
        },
      },
      {
        id: 'inferred',
        label: 'Pale: inferred, not reported for that day',
        swatch: { kind: 'fill', color: COLORS.regime.red.inferred },
      },
      {
        id: 'emergency-border',
        label: 'State of emergency beside a threat level (dashed: inferred)',
        swatch: { kind: 'line', color: COLORS.emergency, dashed: true },
      },
      {
        id: 'protest',
        label: 'Protests in the region',
        swatch: { kind: 'line', color: COLORS.protestOutline },
      },
      {
        id: 'changed',
        label: 'Changed on this day',
        swatch: { kind: 'glow', color: COLORS.changed },
      },
    ],
  },
  {
    title: 'Places',
    items: [
      {
        id: 'clashes',
        label: ACTIVITY_LABELS.clashes,
        swatch: { kind: 'circle', color: COLORS.activity.clashes },
      },
      {
        id: 'protest-place',
        label: ACTIVITY_LABELS.protest,
        swatch: { kind: 'circle', color: COLORS.activity.protest },
      },
      {
        id: 'other',
        label: 'Other events',
        swatch: { kind: 'circle', color: COLORS.activity.security },
      },
      {
        id: 'place-inferred',
        label: 'Hollow: day inferred',
        swatch: { kind: 'circle', color: COLORS.activity.protest, hollow: true },
      },
      {
        id: 'new-place',
        label: 'New on this day',
        swatch: { kind: 'ring', color: COLORS.changed },
      },
      {
        id: 'earlier',
        label: 'Earlier (fades over a week)',
        swatch: { kind: 'circle', color: COLORS.earlier },
      },
      {
        id: 'spread',
        label: 'Spread from Zhanaozen and Aktau (fades with time)',
        swatch: { kind: 'arc', color: COLORS.spread },
      },
      {
        id: 'csto',
        label: 'CSTO contingents (from each capital)',
        swatch: { kind: 'arc', color: COLORS.csto },
      },
    ],
  },
];
