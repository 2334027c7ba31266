/** What the map says about a selected event where it lights nothing, in a language. */
import { indexById } from '../model/indexById.ts';
import type { Dataset } from '../model/schema.ts';
import type { Selection } from '../model/selection.ts';
import { inLang, m, placeName, type Lang } from './i18n.ts';

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
