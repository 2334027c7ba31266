/** Makes each data file for other tools (the list and its names are in toolFiles.ts). */
import { allDaysGeoJson } from './allDays.ts';
import { eventsCsv, statusesCsv } from './csv.ts';
import type { DayState } from '../model/dayState.ts';
import type { Dataset } from '../model/schema.ts';
import type { ToolFileId } from './toolFiles.ts';

export function toolFileText(
  id: ToolFileId,
  data: Dataset,
  stateOf: (day: string) => DayState,
): string {
  if (id === 'events-csv') return eventsCsv(data);
  if (id === 'regions-csv') return statusesCsv(data, stateOf);
  return JSON.stringify(allDaysGeoJson(data, stateOf));
}
