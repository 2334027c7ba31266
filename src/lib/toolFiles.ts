/**
 * The data files for other tools, in one list: the links under the map, the Export dialog, the
 * command line (`npm run export -- --format ID`) and the tests all use it. What makes each file
 * is in toolFileText.ts, which the page loads only when a file is asked for.
 */

export const TOOL_FILES = [
  {
    id: 'events-csv',
    label: 'All events, CSV with coordinates',
    file: 'kazakhstan-2022-events.csv',
    type: 'text/csv',
  },
  {
    id: 'regions-csv',
    label: 'Every region on every day, CSV',
    file: 'kazakhstan-2022-regions-by-day.csv',
    type: 'text/csv',
  },
  {
    id: 'all-days',
    label: 'Every day, GeoJSON with a time field',
    file: 'kazakhstan-2022-all-days.geojson',
    type: 'application/geo+json',
  },
] as const;

export type ToolFileId = (typeof TOOL_FILES)[number]['id'];
