/**
 * The data files for other tools, in one list: the links under the map, the Export dialog, the
 * command line (`npm run export -- --format ID`) and the tests all use it. What makes each file
 * is in toolFileText.ts, which the page loads only when a file is asked for.
 */
import { inLang, m, type Lang } from '../words/i18n.ts';

export const TOOL_FILES = [
  {
    id: 'events-csv',
    file: 'kazakhstan-2022-events.csv',
    type: 'text/csv',
  },
  {
    id: 'regions-csv',
    file: 'kazakhstan-2022-regions-by-day.csv',
    type: 'text/csv',
  },
  {
    id: 'all-days',
    file: 'kazakhstan-2022-all-days.geojson',
    type: 'application/geo+json',
  },
] as const;

export type ToolFileId = (typeof TOOL_FILES)[number]['id'];

const LABELS: Record<ToolFileId, typeof m.data_events_csv> = {
  'events-csv': m.data_events_csv,
  'regions-csv': m.data_regions_csv,
  'all-days': m.data_all_days,
};

/** What a file holds, in words: "All events, CSV with coordinates". */
export function toolFileLabel(id: ToolFileId, lang: Lang = 'en'): string {
  return LABELS[id]({}, inLang(lang));
}
