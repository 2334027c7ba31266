/**
 * Colours and the legend, in one place: the map style, the on-screen legend and the exported
 * images all read them from here, so they cannot disagree.
 */
import type { Activity } from '../model/schema.ts';
import type { Atlas } from '../model/atlas.ts';
import { ALL_LAYERS, isShown, type MapLayers } from './layers.ts';
import type { DayState, ThreatLevel, UnitOnDay } from '../model/dayState.ts';
import { inLang, m, type Lang } from '../words/i18n.ts';

/**
 * What a region's fill shows: the "red" threat level, its lifting, or (with neither) a state of
 * emergency. A state of emergency beside a threat level is drawn as the region's border.
 */
export type Regime = ThreatLevel | 'emergency';

/**
 * How a region is drawn on a day. `attested`: an article of that very day speaks of the measure
 * its fill shows (strong), rather than the measure being carried between such days (pale).
 * `unrecorded`: no record covers its threat level or its state of emergency that day, so its
 * fill cannot say "none" there: it is hatched.
 */
export interface RegionLook {
  regime: Regime;
  attested: boolean;
  unrecorded: boolean;
}

export function regionLook(u: UnitOnDay, layers: MapLayers = ALL_LAYERS): RegionLook {
  // With the measures switched off, every region is drawn blank, with its outline.
  if (!isShown(layers, 'measures')) return { regime: 'none', attested: false, unrecorded: false };
  const threat = u.terrorThreatLevel;
  const soe = u.stateOfEmergency;
  const unrecorded = threat.certainty === 'unrecorded' || soe.certainty === 'unrecorded';
  if (threat.value !== 'none' && threat.certainty !== 'unrecorded')
    return { regime: threat.value, attested: threat.attested, unrecorded };
  if (soe.value && soe.certainty !== 'unrecorded')
    return { regime: 'emergency', attested: soe.attested, unrecorded };
  return { regime: 'none', attested: false, unrecorded };
}

/** A region's fill colour. */
export function regionFill(look: RegionLook): string {
  return COLORS.regime[look.regime][look.attested ? 'attested' : 'carried'];
}

export const COLORS = {
  water: '#d6e4ec',
  land: '#ece9e2',
  neighbourLine: '#b9b4aa',
  unitLine: '#8b8478',
  /**
   * A region's fill: the strongest measure in force there, strong on a day an article of that
   * day speaks of it and pale on days it is carried between. Red, blue-green and purple stay
   * apart for the common colour-vision deficiencies, and each pale tint stays apart from the
   * blank.
   */
  regime: {
    red: { attested: '#c8352b', carried: '#eea59c' },
    lifted: { attested: '#2f8f76', carried: '#a8d8c8' },
    emergency: { attested: '#6a3d9a', carried: '#cdb9e6' },
    none: { attested: '#f7f4ee', carried: '#f7f4ee' },
  } satisfies Record<Regime, { attested: string; carried: string }>,
  /** The hatching over a region whose measures no article covers on the day. */
  unrecorded: '#7d776b',
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
  /** Diagonal lines: not recorded. */
  | { kind: 'hatch'; color: string }
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
  attested: m.legend_attested,
  unrecorded: m.legend_unrecorded,
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
 * What the data draws over its period, so the legend names only that: each fill with its
 * strengths ("red:attested", "red:carried"), "unrecorded", the emergency border's kinds
 * ("border:attested", "border:carried"), "protest" and "place-inferred".
 */
export function looksUsed(states: Iterable<DayState>): Set<string> {
  const used = new Set<string>();
  for (const state of states) {
    for (const u of state.units) {
      const look = regionLook(u);
      if (look.regime !== 'none')
        used.add(`${look.regime}:${look.attested ? 'attested' : 'carried'}`);
      if (look.unrecorded) used.add('unrecorded');
      const border = emergencyBorder(u);
      if (border) used.add(`border:${border}`);
      if (u.protest.value) used.add('protest');
    }
    if (state.places.some((p) => p.certainty === 'inferred')) used.add('place-inferred');
  }
  return used;
}

const looksByAtlas = new WeakMap<Atlas, Set<string>>();

/** What an atlas draws over its whole period (see looksUsed), worked out once. */
export function atlasLooks(atlas: Atlas): ReadonlySet<string> {
  let looks = looksByAtlas.get(atlas);
  if (!looks) looksByAtlas.set(atlas, (looks = looksUsed(atlas.days.map(atlas.state))));
  return looks;
}

/**
 * A state of emergency is the region's fill when no threat level is in force there; beside a
 * threat level it is drawn as the region's border, dashed where carried.
 */
export function emergencyBorder(
  u: UnitOnDay,
  layers: MapLayers = ALL_LAYERS,
): 'attested' | 'carried' | null {
  const soe = u.stateOfEmergency;
  if (!soe.value || soe.certainty === 'unrecorded' || !isShown(layers, 'measures')) return null;
  if (regionLook(u).regime === 'emergency') return null;
  return soe.attested ? 'attested' : 'carried';
}

/**
 * The legend in a language, for the page and every export alike: only what `used` (from
 * looksUsed) says the data draws. A fill shows its strong and pale halves only where both occur.
 */
export function legend(
  lang: Lang,
  used: ReadonlySet<string>,
  layers: MapLayers = ALL_LAYERS,
): LegendSection[] {
  const o = inLang(lang);
  const bothStrengths = (['red', 'lifted', 'emergency'] as const).some(
    (r) => used.has(`${r}:attested`) && used.has(`${r}:carried`),
  );
  const fill = (r: 'red' | 'lifted' | 'emergency'): Swatch | null => {
    const strong = used.has(`${r}:attested`);
    const pale = used.has(`${r}:carried`);
    if (!strong && !pale) return null;
    const { attested, carried } = COLORS.regime[r];
    return strong && pale
      ? { kind: 'fill', color: attested, pale: carried }
      : { kind: 'fill', color: strong ? attested : carried };
  };
  const regions: { id: string; swatch: Swatch | null }[] = [
    { id: 'red', swatch: fill('red') },
    { id: 'lifted', swatch: fill('lifted') },
    { id: 'emergency', swatch: fill('emergency') },
    {
      id: 'attested',
      swatch: bothStrengths
        ? { kind: 'fill', color: COLORS.regime.red.attested, pale: COLORS.regime.red.carried }
        : null,
    },
    {
      id: 'unrecorded',
      swatch: used.has('unrecorded') ? { kind: 'hatch', color: COLORS.unrecorded } : null,
    },
    {
      id: 'emergency-border',
      swatch:
        used.has('border:attested') || used.has('border:carried')
          ? { kind: 'line', color: COLORS.emergency, dashed: used.has('border:carried') }
          : null,
    },
    {
      id: 'protest',
      swatch: used.has('protest') ? { kind: 'line', color: COLORS.protestOutline } : null,
    },
    { id: 'changed', swatch: { kind: 'glow', color: COLORS.changed } },
  ];
  const places: { id: string; swatch: Swatch | null }[] = [
    { id: 'clashes', swatch: { kind: 'circle', color: COLORS.activity.clashes } },
    { id: 'protest-place', swatch: { kind: 'circle', color: COLORS.activity.protest } },
    { id: 'other', swatch: { kind: 'circle', color: COLORS.activity.security } },
    {
      id: 'place-inferred',
      swatch: used.has('place-inferred')
        ? { kind: 'circle', color: COLORS.activity.protest, hollow: true }
        : null,
    },
    { id: 'new-place', swatch: { kind: 'ring', color: COLORS.changed } },
    { id: 'earlier', swatch: { kind: 'circle', color: COLORS.earlier } },
    { id: 'spread', swatch: { kind: 'arc', color: COLORS.spread } },
    { id: 'csto', swatch: { kind: 'arc', color: COLORS.csto } },
  ];
  // Only what the reader chose to see: the kinds of place shown, the arcs switched on.
  const kinds = layers.activities;
  const shown: Record<string, boolean> = {
    clashes: kinds.has('clashes'),
    'protest-place': kinds.has('protest'),
    other: [...kinds].some((a) => a !== 'clashes' && a !== 'protest'),
    spread: isShown(layers, 'spread'),
    csto: isShown(layers, 'csto'),
  };
  const placesOn = isShown(layers, 'places');
  const section = (id: string, items: { id: string; swatch: Swatch | null }[]) => ({
    title: LEGEND_WORDS[id]!({}, o),
    items: items.flatMap(({ id, swatch }) =>
      swatch && shown[id] !== false ? [{ id, swatch, label: LEGEND_WORDS[id]!({}, o) }] : [],
    ),
  });
  const arcsOnly = (id: string) => id === 'spread' || id === 'csto';
  return [
    section('regions', isShown(layers, 'measures') ? regions : []),
    section('places', placesOn ? places : places.filter((i) => arcsOnly(i.id))),
  ].filter((s) => s.items.length);
}
