/**
 * What an exported image says, as data: title, date, the day's statuses, legend, inference
 * note and credits. The image is drawn from this description, so a test can check what a
 * snapshot will say without looking at pixels.
 */
import type { Atlas } from '../model/atlas.ts';
import { headline } from '../words/changes.ts';
import type { DayState, StatusOnDay, UnrecordedStatus } from '../model/dayState.ts';
import { formatDayIn, type Day } from '../model/days.ts';
import { inLang, m, regionCount, unitName, type Lang, articleCount } from '../words/i18n.ts';
import { atlasLooks, legend, type LegendSection } from './legend.ts';
import { ALL_LAYERS, type MapLayers } from './layers.ts';
import { cstoLabel, threatLabel } from '../words/labels.ts';
import { articleCredit, countStatuses } from '../words/summary.ts';

export interface SnapshotText {
  title: string;
  date: string;
  csto: string;
  /** What changed since the day before. */
  headline: string;
  statusLines: string[];
  legend: LegendSection[];
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

/**
 * What the image of a day says, in a language. Quotes are not in images; the article titles in
 * the sources stay in English, as published.
 */
export function describeSnapshot(
  atlas: Atlas,
  day: Day,
  lang: Lang = 'en',
  layers: MapLayers = ALL_LAYERS,
): SnapshotText {
  const o = inLang(lang);
  const state = atlas.state(day);
  const changes = atlas.changes(day);
  const articles = atlas.data.articles;
  const c = countStatuses(state);
  const regions = (n: number) => regionCount(n, lang);
  // Once per day in the note below, "inferred" is not repeated on each line; a line says where
  // an article of the day itself attests the status, and where it is not recorded at all.
  type Pick = (u: DayState['units'][number]) => StatusOnDay<unknown>;
  const attested = (pick: Pick, value: unknown) =>
    state.units.filter((u) => pick(u).value === value && pick(u).attested).length;
  const unrecordedIn = (pick: Pick) =>
    state.units.filter((u) => pick(u).certainty === 'unrecorded').length;
  const tag = (pick: Pick, value: unknown, total: number, withUnrecorded = true) => {
    const n = attested(pick, value);
    const stated =
      n === 0
        ? ''
        : n === total
          ? ` ${m.stated_that_day({}, o)}`
          : ` ${m.some_stated_that_day({ count: n }, o)}`;
    const missing = withUnrecorded ? unrecordedIn(pick) : 0;
    return missing && missing < state.units.length
      ? `${stated}; ${m.snap_unrecorded_elsewhere({ regions: regions(missing) }, o)}`
      : stated;
  };
  const lastRecorded = (status: UnrecordedStatus['status']) =>
    state.unrecorded.find((u) => u.status === status)?.lastRecorded ?? null;
  const notRecorded = (status: UnrecordedStatus['status']) => {
    const last = lastRecorded(status);
    return last
      ? m.not_recorded_after({ day: formatDayIn(last, lang) }, o)
      : m.none_recorded({}, o);
  };
  const line = (label: string, value: string) => `${label}: ${value}`;
  const statusLines: string[] = [];
  const protests = state.units.filter((u) => u.protest.value).map((u) => unitName(u.id, lang));
  statusLines.push(
    line(
      m.what_protest({}, o),
      protests.length
        ? // Protests are marked where an article places them; elsewhere they are not "unrecorded".
          protests.join(', ') + tag((u) => u.protest, true, protests.length, false)
        : m.snap_protests_none({}, o),
    ),
  );
  statusLines.push(
    line(
      m.what_emergency({}, o),
      c.emergency
        ? regions(c.emergency) + tag((u) => u.stateOfEmergency, true, c.emergency)
        : notRecorded('stateOfEmergency'),
    ),
  );
  if (!c.red && !c.lifted && lastRecorded('terrorThreatLevel'))
    statusLines.push(line(threatLabel('red', lang), notRecorded('terrorThreatLevel')));
  if (c.red)
    statusLines.push(
      line(
        threatLabel('red', lang),
        regions(c.red) + tag((u) => u.terrorThreatLevel, 'red', c.red),
      ),
    );
  if (c.lifted)
    statusLines.push(
      line(
        threatLabel('lifted', lang),
        regions(c.lifted) + tag((u) => u.terrorThreatLevel, 'lifted', c.lifted),
      ),
    );

  const inferredEvents = state.events.filter((e) => e.dateCertainty === 'inferred').length;
  const anyInferred = c.inferred > 0 || state.csto.certainty === 'inferred' || inferredEvents > 0;
  const cited = new Set<string>();
  for (const e of state.events) for (const cit of e.citations) cited.add(cit.article);
  for (const u of state.units)
    for (const s of [u.stateOfEmergency, u.terrorThreatLevel, u.protest])
      for (const cit of s.citations) cited.add(cit.article);
  for (const cit of state.csto.citations) cited.add(cit.article);

  const inferenceNote = [
    m.snap_inference({}, o),
    ...(inferredEvents
      ? [m.snap_inferred_events({ count: inferredEvents, total: state.events.length }, o)]
      : []),
  ].join('; ');
  return {
    title: m.app_title({}, o),
    date: formatDayIn(state.date, lang, true),
    csto: cstoLabel(state.csto, lang),
    headline: m.snap_new({ headline: headline(changes, lang) }, o),
    statusLines,
    legend: legend(lang, atlasLooks(atlas), layers),
    inferenceNote: anyInferred ? `${inferenceNote}. ${m.snap_reasoning({}, o)}` : null,
    sources: cited.size
      ? m.snap_sources(
          {
            list: articles
              .filter((a) => cited.has(a.id))
              .map((a) => articleCredit(a, lang))
              .join('; '),
          },
          o,
        )
      : m.snap_no_sources({}, o),
    credits: m.snap_credits({ articles: articleCount(articles.length, lang, 'nominative') }, o),
  };
}
