/**
 * Drafts of new articles in the page: read, with the country-wide gazetteer their places may
 * need, only when the reader asks to see them; the day's drafts and the pins of their places.
 */
import { m } from '../../words/generated/messages.js';
import type { DraftsFile } from '../../model/drafts.ts';
import { indexById } from '../../model/indexById.ts';
import type { Place } from '../../model/schema.ts';
import { loadAllPlaces } from '../countryPlaces.ts';
import { draftsOnDay, parseDrafts, type DraftOnDay } from '../draftsView.ts';

export interface Pin {
  coordinates: [number, number];
  label: string;
  kind: 'search' | 'draft';
}

export class DraftsState {
  shown = $state(false);
  /** Why there is nothing to show: none, or the file could not be read. */
  message = $state<string | null>(null);
  private loaded = $state.raw<{ file: DraftsFile; places: ReadonlyMap<string, Place> } | null>(
    null,
  );
  private readonly atlasPlaces: Place[];

  constructor(atlasPlaces: Place[]) {
    this.atlasPlaces = atlasPlaces;
  }

  get ready(): boolean {
    return this.shown && this.loaded !== null;
  }

  /** Shows or hides the drafts, reading them the first time. */
  async toggle(): Promise<void> {
    this.shown = !this.shown;
    if (!this.shown || this.loaded) return;
    this.message = null;
    try {
      const res = await fetch('drafts.json');
      if (!res.ok) throw new Error(`drafts.json: HTTP ${res.status}`);
      const read = parseDrafts(await res.text());
      if (!read.ok) return void (this.message = m.drafts_failed({ problem: read.problem }));
      if (!read.drafts.events.length) return void (this.message = m.drafts_none());
      const all = await loadAllPlaces(this.atlasPlaces);
      this.loaded = { file: read.drafts, places: indexById(all) };
    } catch (e) {
      this.message = m.drafts_failed({ problem: e instanceof Error ? e.message : String(e) });
    }
  }

  /** The drafts of a day, when shown. */
  on(day: string): DraftOnDay[] {
    return this.shown && this.loaded ? draftsOnDay(this.loaded.file, day, this.loaded.places) : [];
  }

  /** One pin for each place of a day's drafts (from `on`). */
  static pins(items: DraftOnDay[]): Pin[] {
    const places = items.flatMap((d) => d.places);
    return places
      .filter((p, i) => places.findIndex((q) => q.id === p.id) === i)
      .map((p) => ({
        coordinates: p.coordinates,
        label: `${p.name} · ${m.drafts_pin()}`,
        kind: 'draft',
      }));
  }
}
