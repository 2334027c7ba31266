/**
 * Colours and the legend, in one place: the map style, the on-screen legend and the exported
 * images all read them from here, so they cannot disagree.
 */
import type { Activity, CstoPhase, Measure } from './schema.ts';
import type { ThreatLevel } from './dayState.ts';

export const COLORS = {
  water: '#d6e4ec',
  land: '#ece9e2',
  neighbourLine: '#b9b4aa',
  unitLine: '#8b8478',
  threat: { red: '#c8352b', lifted: '#7fb7a4', none: '#f7f4ee' } satisfies Record<
    ThreatLevel,
    string
  >,
  emergency: '#6a3d9a',
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
  | { kind: 'fill'; color: string }
  | { kind: 'hatch'; color: string }
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
      { id: 'red', label: THREAT_LABELS.red, swatch: { kind: 'fill', color: COLORS.threat.red } },
      {
        id: 'lifted',
        label: THREAT_LABELS.lifted,
        swatch: { kind: 'fill', color: COLORS.threat.lifted },
      },
      {
        id: 'inferred',
        label: 'Hatched: level inferred, not reported for that day',
        swatch: { kind: 'hatch', color: '#555555' },
      },
      {
        id: 'emergency',
        label: 'State of emergency',
        swatch: { kind: 'line', color: COLORS.emergency },
      },
      {
        id: 'emergency-inferred',
        label: 'State of emergency, inferred',
        swatch: { kind: 'line', color: COLORS.emergency, dashed: true },
      },
      {
        id: 'protest',
        label: 'Protests in the region',
        swatch: { kind: 'line', color: COLORS.protestOutline },
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
        id: 'earlier',
        label: 'Earlier (fades over a week)',
        swatch: { kind: 'circle', color: COLORS.earlier },
      },
      {
        id: 'spread',
        label: 'Spread from Zhanaozen',
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
