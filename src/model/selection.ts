/**
 * What the reader has selected (a region, a place or an event), and what it lights on the map.
 * Every click on an event either changes the map or says why it cannot (words/selection.ts).
 */
import { indexById } from './indexById.ts';
import type { Dataset } from './schema.ts';
import { UNIT_IDS } from './units.ts';

/** A region, a place or an event, by id. */
export type Selection = { kind: 'unit' | 'place' | 'event'; id: string };

/** The places and units a selection lights up on the map. */
export function highlighted(
  data: Dataset,
  selection: Selection | null,
): { places: Set<string>; units: Set<string> } {
  const places = new Set<string>();
  const units = new Set<string>();
  if (!selection) return { places, units };
  if (selection.kind === 'unit') units.add(selection.id);
  else if (selection.kind === 'place') places.add(selection.id);
  else {
    const event = data.events.find((e) => e.id === selection.id);
    const byId = indexById(data.places);
    // An event of the whole country lights every unit.
    if (event?.noPlace === 'nationwide') for (const id of UNIT_IDS) units.add(id);
    for (const id of event?.places ?? []) {
      const p = byId.get(id);
      if (p?.kind === 'region' && p.unit) units.add(p.unit);
      else if (p?.kind !== 'country') places.add(id);
    }
  }
  return { places, units };
}
