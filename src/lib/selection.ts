/**
 * What a selection lights on the map, and what to say where it lights nothing: every click on
 * an event either changes the map or says why it cannot.
 */
import { inLang, m, placeName, type Lang } from './i18n.ts';
import { indexById } from './indexById.ts';
import type { Dataset } from './schema.ts';
import { UNIT_IDS } from './units.ts';
import type { Selection } from './url.ts';

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

/** A line for the map about the selected event: what is lit, or why nothing is. */
export function selectionNote(
  data: Dataset,
  selection: Selection | null,
  lang: Lang = 'en',
): string | null {
  const o = inLang(lang);
  if (selection?.kind !== 'event') return null;
  const event = data.events.find((e) => e.id === selection.id);
  if (!event) return null;
  if (event.noPlace === 'unstated') return m.note_unstated({}, o);
  if (event.noPlace === 'nationwide') return m.note_nationwide({}, o);
  const byId = indexById(data.places);
  const abroad = event.places
    .map((id) => byId.get(id))
    .filter((p) => p && (p.kind === 'country' || p.unit === null))
    .map((p) => placeName(p!, lang));
  if (abroad.length) return m.note_abroad({ places: abroad.join(', ') }, o);
  return null;
}
