/**
 * Words for a day: the screen-reader summary, and the label of each source.
 */
import type { DayState } from './dayState.ts';
import { formatDay } from './days.ts';
import { cstoLabel } from './legend.ts';
import type { Article } from './schema.ts';
import { unitById } from './units.ts';

export interface StatusCounts {
  emergency: number;
  red: number;
  lifted: number;
  protest: number;
  inferred: number;
}

export function countStatuses(state: DayState): StatusCounts {
  const c: StatusCounts = { emergency: 0, red: 0, lifted: 0, protest: 0, inferred: 0 };
  for (const u of state.units) {
    if (u.stateOfEmergency.value) c.emergency++;
    if (u.terrorThreatLevel.value === 'red') c.red++;
    if (u.terrorThreatLevel.value === 'lifted') c.lifted++;
    if (u.protest.value) c.protest++;
    if (
      [u.stateOfEmergency, u.terrorThreatLevel, u.protest].some((s) => s.certainty === 'inferred')
    )
      c.inferred++;
  }
  return c;
}

const units = (n: number) => `${n} ${n === 1 ? 'region' : 'regions'}`;

/** One paragraph that says what the map shows on a day. */
export function daySummary(state: DayState): string {
  const c = countStatuses(state);
  const parts = [`${formatDay(state.date)}.`];
  const protests = state.units.filter((u) => u.protest.value).map((u) => u.name);
  parts.push(protests.length ? `Protests in ${protests.join(', ')}.` : 'No protests reported.');
  if (c.emergency)
    parts.push(
      `State of emergency in ${c.emergency === 17 ? 'all 17 regions' : units(c.emergency)}.`,
    );
  if (c.red) parts.push(`"Red" terrorist threat level in ${units(c.red)}.`);
  if (c.lifted) parts.push(`"Red" level lifted in ${units(c.lifted)}.`);
  parts.push(`${cstoLabel(state.csto)}.`);
  parts.push(`${state.events.length} ${state.events.length === 1 ? 'event' : 'events'}.`);
  if (c.inferred) parts.push(`Some statuses in ${units(c.inferred)} are inferred, not reported.`);
  return parts.join(' ');
}

/**
 * How an article is named everywhere it is credited (the panels, the About box, every export):
 * its outlet, or else its title, and its date. The articles name no outlet, so their titles
 * stand in: "“What’s in Kazakhstan: latest news and…”, 13 January 2022".
 */
export function articleCredit(article: Article, maxTitle = 44): string {
  const { date, precision, certainty } = article.published;
  const when = `${precision === 'on-or-after' ? 'on or after ' : ''}${formatDay(date)}${
    certainty === 'inferred' ? ' (date inferred)' : ''
  }`;
  return `${article.outlet ?? `“${shorten(article.title, maxTitle)}”`}, ${when}`;
}

/** Cut at a word boundary with an ellipsis, when longer than `max` characters. */
function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max + 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : text.slice(0, max)).replace(/[\s,:;–-]+$/, '')}…`;
}

/** What a figure counts beyond its measure: "police · Almaty", "security forces", or "". */
export function figureContext(f: { group: string; area: string }): string {
  const where = f.area === 'kazakhstan' ? '' : (unitById(f.area)?.name ?? f.area);
  return [f.group === 'all' ? '' : f.group, where].filter(Boolean).join(' · ');
}
