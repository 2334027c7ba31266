/**
 * What an exported image says, as data: title, date, the day's statuses, legend, inference
 * note and credits. The image is drawn from this description, so a test can check what a
 * snapshot will say without looking at pixels.
 */
import { CREDITS } from './credits.ts';
import { headline, type DayChanges } from './changes.ts';
import type { DayState, UnrecordedStatus } from './dayState.ts';
import { formatDay, weekday } from './days.ts';
import { cstoLabel, LEGEND, type LegendSection } from './legend.ts';
import { articleCredit, countStatuses } from './summary.ts';
import type { Article } from './schema.ts';

export interface SnapshotText {
  title: string;
  date: string;
  csto: string;
  /** What changed since the day before. */
  headline: string;
  statusLines: string[];
  legend: readonly LegendSection[];
  /** Present when anything shown that day is inferred rather than reported. */
  inferenceNote: string | null;
  sources: string;
  credits: string;
}

/** What an export may be, in the app's dialog and on the command line alike. */
export const EXPORT_LIMITS = {
  /** CSS pixels of the whole image. */
  width: { min: 400, max: 4000, initial: 1200 },
  height: { min: 400, max: 4000, initial: 900 },
  /** Device pixels per CSS pixel. */
  scale: { min: 1, max: 4, initial: 1 },
  /** How long each day of an animation stays on screen. */
  frameMs: { min: 100, max: 10_000, initial: 800 },
} as const;

/** The bands above and below the map in every composed image (PNG, SVG, PDF), in CSS pixels. */
export const HEADER = 84;
export const FOOTER = 220;

export const SNAPSHOT_TITLE = 'Kazakhstan, January 2022';

const regions = (n: number) =>
  n === 17 ? 'all 17 regions' : `${n} ${n === 1 ? 'region' : 'regions'}`;

export function describeSnapshot(
  state: DayState,
  changes: DayChanges,
  articles: readonly Article[],
): SnapshotText {
  const c = countStatuses(state);
  const inferred = (
    pick: (u: DayState['units'][number]) => { certainty: string; value: unknown },
    value: unknown,
  ) =>
    state.units.filter((u) => pick(u).value === value && pick(u).certainty === 'inferred').length;
  const tag = (n: number, total: number) =>
    n === 0 ? '' : n === total ? ' (inferred)' : ` (${n} inferred)`;
  const lastRecorded = (status: UnrecordedStatus['status']) =>
    state.unrecorded.find((u) => u.status === status)?.lastRecorded ?? null;
  const notRecorded = (status: UnrecordedStatus['status']) => {
    const last = lastRecorded(status);
    return last ? `not recorded after ${formatDay(last)}` : 'none recorded';
  };
  const statusLines: string[] = [];
  const protests = state.units.filter((u) => u.protest.value).map((u) => u.name);
  statusLines.push(
    protests.length
      ? `Protests: ${protests.join(', ')}${tag(
          inferred((u) => u.protest, true),
          protests.length,
        )}`
      : 'Protests: none reported',
  );
  statusLines.push(
    c.emergency
      ? `State of emergency: ${regions(c.emergency)}${tag(
          inferred((u) => u.stateOfEmergency, true),
          c.emergency,
        )}`
      : `State of emergency: ${notRecorded('stateOfEmergency')}`,
  );
  if (!c.red && !c.lifted && lastRecorded('terrorThreatLevel'))
    statusLines.push(`"Red" terrorist threat level: ${notRecorded('terrorThreatLevel')}`);
  if (c.red)
    statusLines.push(
      `"Red" terrorist threat level: ${regions(c.red)}${tag(
        inferred((u) => u.terrorThreatLevel, 'red'),
        c.red,
      )}`,
    );
  if (c.lifted)
    statusLines.push(
      `"Red" level lifted: ${regions(c.lifted)}${tag(
        inferred((u) => u.terrorThreatLevel, 'lifted'),
        c.lifted,
      )}`,
    );

  const inferredEvents = state.events.filter((e) => e.dateCertainty === 'inferred').length;
  const anyInferred = c.inferred > 0 || state.csto.certainty === 'inferred' || inferredEvents > 0;
  const cited = new Set<string>();
  for (const e of state.events) for (const cit of e.citations) cited.add(cit.article);
  for (const u of state.units)
    for (const s of [u.stateOfEmergency, u.terrorThreatLevel, u.protest])
      for (const cit of s.citations) cited.add(cit.article);
  for (const cit of state.csto.citations) cited.add(cit.article);

  return {
    title: SNAPSHOT_TITLE,
    date: `${weekday(state.date)}, ${formatDay(state.date)}`,
    csto: cstoLabel(state.csto),
    headline: `New: ${headline(changes)}`,
    statusLines,
    legend: LEGEND,
    inferenceNote: anyInferred
      ? 'Inferred, not reported for this day: pale regions, dashed borders, hollow points' +
        (inferredEvents
          ? `; ${inferredEvents} of ${state.events.length} events have an inferred date`
          : '') +
        '. Reasoning for each in the atlas.'
      : null,
    sources: cited.size
      ? `Sources: ${articles
          .filter((a) => cited.has(a.id))
          .map((a) => articleCredit(a))
          .join('; ')} (quotes in the atlas and its CSV export)`
      : 'Sources: none for this day',
    credits: CREDITS.short,
  };
}
