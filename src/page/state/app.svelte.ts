/**
 * The app's state: the day, playback, the selection and the map view. Everything the panels
 * show is derived from these few fields.
 */
import { Atlas } from '../../model/atlas.ts';
import { ALL_LAYERS, showsEverything, type MapLayers } from '../../outputs/layers.ts';
import { addDays, dayProblem } from '../../model/days.ts';
import type { DayState } from '../../model/dayState.ts';
import type { Dataset } from '../../model/schema.ts';
import { UNIT_IDS } from '../../model/units.ts';
import type { KeyAction } from './keys.ts';
import type { TourStop } from '../../model/tour.ts';
import {
  formatHash,
  hashContext,
  parseHash,
  type HashContext,
  type Lang,
  type MapView,
  type Selection,
} from '../url.ts';

export const SPEEDS = [
  { label: '0.25 s per day', ms: 250 },
  { label: '0.5 s per day', ms: 500 },
  { label: '1 s per day', ms: 1000 },
  { label: '2 s per day', ms: 2000 },
  { label: '4 s per day', ms: 4000 },
] as const;

/** How long playback stays on each stop of the tour: time to read its caption. */
export const TOUR_STOP_MS = 7000;

export class AtlasState {
  /** The data, its days and their states: computed once, asked by every view. */
  readonly atlas: Atlas;
  readonly data: Dataset;
  readonly tour: readonly TourStop[];
  readonly days: readonly string[];
  readonly eventDays: ReadonlySet<string>;
  readonly hashContext: HashContext;

  day = $state('');
  playing = $state(false);
  loop = $state(false);
  frameMs = $state(1000);
  selection = $state<Selection | null>(null);
  view = $state<MapView | null>(null);
  notices = $state<string[]>([]);
  /** The interface language. */
  lang = $state<Lang>('en');
  /** The tour stop shown, from 1, or null outside the tour. */
  story = $state<number | null>(null);
  stop = $derived.by(() => (this.story ? (this.tour[this.story - 1] ?? null) : null));
  /** How long playback waits on a day, or on a stop of the tour. */
  playInterval = $derived(this.story ? TOUR_STOP_MS : this.frameMs);
  /** The last day the map finished drawing; playback waits for it. */
  renderedDay = $state<string | null>(null);
  /**
   * The day the map shows. The map takes a moment to prepare a day; the panels follow it, so
   * they never describe a day other than the one on the map.
   */
  mapState = $state.raw<DayState | null>(null);

  /** Set when the map has kept the chosen day waiting for a noticeable time (see timers). */
  mapIsLate = $state(false);

  state = $derived.by(() => this.atlas.state(this.day));
  /** What is new on the chosen day, and on the day the panels show. */
  changes = $derived.by(() => this.atlas.changes(this.day));
  shownChanges = $derived.by(() => this.atlas.changes(this.shown.date));
  /** What the panels describe: the map's day, or the chosen day while there is no map. */
  shown = $derived(this.mapState ?? this.state);
  index = $derived.by(() => this.days.indexOf(this.day));
  /**
   * The day the timeline marks: the map's too, so that a step changes the page once, in the
   * frame that draws the new day. Once the map is late, the chosen day, so that a key press
   * never goes unanswered.
   */
  timelineDay = $derived(this.mapIsLate ? this.day : this.shown.date);
  timelineIndex = $derived.by(() => this.days.indexOf(this.timelineDay));

  constructor(data: Dataset, tour: readonly TourStop[] = []) {
    this.atlas = new Atlas(data);
    this.data = data;
    this.tour = tour;
    this.days = this.atlas.days;
    this.eventDays = this.atlas.eventDays;
    this.day = data.period.start;
    this.hashContext = hashContext({ ...data, unitIds: UNIT_IDS, stops: tour.length });
  }

  /** Reads the URL hash; what it cannot use becomes a visible notice. */
  readHash(hash: string): void {
    const { state, problems } = parseHash(hash, this.hashContext);
    this.notices = problems;
    this.lang = state.lang ?? 'en';
    this.layers = state.layers ?? ALL_LAYERS;
    if (state.story) return this.openStory(state.story);
    this.story = null;
    if (state.date) this.day = state.date;
    this.view = state.view ?? null;
    this.selection = state.select ?? null;
  }

  /**
   * The state as a URL hash. Without the map view for a page of another size (an embed, or the
   * full atlas opened from one), where the view of this screen would frame the wrong area.
   */
  hash({ withView = true }: { withView?: boolean } = {}): string {
    const layers = showsEverything(this.layers) ? {} : { layers: this.layers };
    if (this.story) return formatHash({ story: this.story, lang: this.lang, ...layers });
    return formatHash({
      lang: this.lang,
      ...layers,
      date: this.day,
      ...(this.view && withView ? { view: this.view } : {}),
      ...(this.selection ? { select: this.selection } : {}),
    });
  }

  /** Opens stop `n` of the tour (from 1): its day, with its view. */
  openStory(n: number): void {
    const stop = this.tour[n - 1];
    if (!stop) return;
    this.story = n;
    this.day = stop.day;
    this.selection = null;
  }

  exitStory(): void {
    this.story = null;
    this.playing = false;
  }

  /** Chosen by hand (the slider, a date in the panels): that day, outside the tour. */
  go(day: string): void {
    if (dayProblem(day, this.data.period)) return;
    if (this.story) this.exitStory();
    this.day = day;
  }

  /** The next or previous day, or stop of the tour. */
  step(delta: number): boolean {
    if (this.story) {
      const n = this.story + delta;
      if (n < 1 || n > this.tour.length) return false;
      this.openStory(n);
      return true;
    }
    const next = addDays(this.day, delta);
    if (next < this.data.period.start || next > this.data.period.end) return false;
    this.day = next;
    return true;
  }

  first(): void {
    if (this.story) this.openStory(1);
    else this.day = this.data.period.start;
  }

  last(): void {
    if (this.story) this.openStory(this.tour.length);
    else this.day = this.data.period.end;
  }

  private atEnd(): boolean {
    return this.story ? this.story === this.tour.length : this.day === this.data.period.end;
  }

  togglePlay(): void {
    if (!this.playing && this.atEnd()) this.first();
    this.playing = !this.playing;
  }

  /** The next frame of playback: the next day or stop, or the first again when looping. */
  advance(): void {
    if (!this.playing) return;
    if (this.step(1)) return;
    if (this.loop) this.first();
    else this.playing = false;
  }

  /** What the reader chose to see: the map, its link, the embed and the exports follow it. */
  layers = $state.raw<MapLayers>(ALL_LAYERS);

  /** Counts the reader's own selections (not a link's): the map frames those. */
  chosen = $state(0);

  select(selection: Selection | null): void {
    this.selection = selection;
    this.chosen++;
  }

  /** Does what a key press asks (see keys.ts). */
  perform(action: KeyAction): void {
    if (action === 'previous') this.step(-1);
    else if (action === 'next') this.step(1);
    else if (action === 'toggle-play') this.togglePlay();
    else if (action === 'first') this.first();
    else if (action === 'last') this.last();
    else if (this.selection) this.select(null);
    else if (this.story) this.exitStory();
  }

  dismissNotice(i: number): void {
    this.notices = this.notices.filter((_, k) => k !== i);
  }
}
