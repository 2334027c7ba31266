/**
 * Drafts in the page: the drafts file read and checked, and the drafts of one day with their
 * places. Drafts are shown only when asked for, and always marked as drafts.
 */
import * as v from 'valibot';
import type { Day } from '../model/days.ts';
import { eventCovers } from '../model/dayState.ts';
import { DraftsFileSchema, type DraftsFile } from '../model/drafts.ts';
import { parseJsonText, schemaProblem } from '../model/jsonText.ts';
import type { AtlasEvent, Place } from '../model/schema.ts';

export type DraftsResult = { ok: true; drafts: DraftsFile } | { ok: false; problem: string };

/** The drafts file's text, checked against its schema; a problem names the file and field. */
export function parseDrafts(text: string, name = 'drafts.json'): DraftsResult {
  let json: unknown;
  try {
    json = parseJsonText(text, name);
  } catch (e) {
    return { ok: false, problem: (e as Error).message };
  }
  const result = v.safeParse(DraftsFileSchema, json);
  if (!result.success) return { ok: false, problem: schemaProblem(name, result.issues[0]) };
  return { ok: true, drafts: result.output };
}

export interface DraftOnDay {
  event: AtlasEvent;
  places: Place[];
}

/** The draft events of a day (one dated "by" a day shows on that day), with their places. */
export function draftsOnDay(
  drafts: DraftsFile,
  day: Day,
  places: ReadonlyMap<string, Place>,
): DraftOnDay[] {
  return drafts.events
    .filter((e) => eventCovers(e, day))
    .map((event) => ({
      event,
      places: event.places.map((id) => places.get(id)).filter((p): p is Place => !!p),
    }));
}
