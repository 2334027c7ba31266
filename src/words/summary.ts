/**
 * Words for a day: the screen-reader summary, and the label of each source.
 */
import type { DayState } from '../model/dayState.ts';
import { formatDayIn } from '../model/days.ts';
import { inLang, m, regionCount, unitName, type Lang } from './i18n.ts';
import { cstoLabel } from './labels.ts';
import { groupName } from './figureGroups.ts';
import type { Article } from '../model/schema.ts';

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

/** One paragraph that says what the map shows on a day. */
export function daySummary(state: DayState, lang: Lang = 'en'): string {
  const o = inLang(lang);
  const c = countStatuses(state);
  const regions = (n: number) => regionCount(n, lang);
  const date = formatDayIn(state.date, lang);
  const parts = [date.endsWith('.') ? date : `${date}.`];
  const protests = state.units.filter((u) => u.protest.value).map((u) => unitName(u.id, lang));
  parts.push(
    protests.length ? m.sum_protests({ list: protests.join(', ') }, o) : m.sum_no_protests({}, o),
  );
  if (c.emergency) parts.push(`${m.what_emergency({}, o)}: ${regions(c.emergency)}.`);
  if (c.red) parts.push(`${m.legend_red({}, o)}: ${regions(c.red)}.`);
  if (c.lifted) parts.push(`${m.legend_lifted({}, o)}: ${regions(c.lifted)}.`);
  parts.push(`${cstoLabel(state.csto, lang)}.`);
  parts.push(`${m.n_events({ count: state.events.length }, o)}.`);
  if (c.inferred) parts.push(m.sum_inferred({ regions: regions(c.inferred) }, o));
  return parts.join(' ');
}

/**
 * How an article is named everywhere it is credited (the panels, the About box, every export):
 * its outlet, or else its title, and its date. The articles name no outlet, so their titles
 * stand in: "“What’s in Kazakhstan: latest news and…”, 13 January 2022". Titles stay in
 * English, as published.
 */
export function articleCredit(article: Article, lang: Lang = 'en', maxTitle = 44): string {
  return articleCreditParts(article, lang, maxTitle).join(', ');
}

/** The credit in its two parts: the outlet or title (in English, as published) and the date. */
export function articleCreditParts(
  article: Article,
  lang: Lang = 'en',
  maxTitle = 44,
): [string, string] {
  const o = inLang(lang);
  const { date, precision, certainty } = article.published;
  const day = formatDayIn(date, lang);
  const when = `${precision === 'on-or-after' ? m.credit_on_or_after({ day }, o) : day}${
    certainty === 'inferred' ? ` ${m.credit_date_inferred({}, o)}` : ''
  }`;
  return [article.outlet ?? `“${shorten(article.title, maxTitle)}”`, when];
}

/** Cut at a word boundary with an ellipsis, when longer than `max` characters. */
function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max + 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : text.slice(0, max)).replace(/[\s,:;–-]+$/, '')}…`;
}

/** What a figure counts beyond its measure: "police · Almaty", "security forces", or "". */
export function figureContext(f: { group: string; area: string }, lang: Lang = 'en'): string {
  const where = f.area === 'kazakhstan' ? '' : unitName(f.area, lang);
  return [f.group === 'all' ? '' : groupName(f.group, lang).text, where]
    .filter(Boolean)
    .join(' · ');
}

/** The language figureContext writes a figure's group in: English where it has no other. */
export function figureContextLang(f: { group: string }, lang: Lang): Lang {
  return f.group === 'all' ? lang : groupName(f.group, lang).lang;
}
