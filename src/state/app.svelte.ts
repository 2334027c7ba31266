/**
 * The app's state: the day, playback, the selection and the map view. Everything the panels
 * show is derived from these few fields.
 */
import { addDays, dayProblem, dayRange } from '../lib/days.ts';
import { dayState, daysWithEvents, type DayState } from '../lib/dayState.ts';
import type { Dataset } from '../lib/schema.ts';
import { UNIT_IDS } from '../lib/units.ts';
import type { KeyAction } from './keys.ts';
import {
  formatHash,
  hashContext,
  parseHash,
  type HashContext,
  type MapView,
  type Selection,
} from '../lib/url.ts';

export const SPEEDS = [
  { label: '0.25 s per day', ms: 250 },
  { label: '0.5 s per day', ms: 500 },
  { label: '1 s per day', ms: 1000 },
  { label: '2 s per day', ms: 2000 },
  { label: '4 s per day', ms: 4000 },
] as const;

export class AtlasState {
  readonly data: Dataset;
  readonly days: string[];
  readonly eventDays: Set<string>;
  readonly hashContext: HashContext;

  day = $state('');
  playing = $state(false);
  loop = $state(false);
  frameMs = $state(1000);
  selection = $state<Selection | null>(null);
  view = $state<MapView | null>(null);
  notices = $state<string[]>([]);
  /** The last day the map finished drawing; playback waits for it. */
  renderedDay = $state<string | null>(null);
  /**
   * The day the map shows. The map takes a moment to prepare a day; the panels follow it, so
   * they never describe a day other than the one on the map.
   */
  mapState = $state.raw<DayState | null>(null);

  /** Set when the map has kept the chosen day waiting for a noticeable time (see timers). */
  mapIsLate = $state(false);

  state = $derived.by(() => dayState(this.data, this.day));
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

  constructor(data: Dataset) {
    this.data = data;
    this.days = dayRange(data.period.start, data.period.end);
    this.eventDays = daysWithEvents(data);
    this.day = data.period.start;
    this.hashContext = hashContext({ ...data, unitIds: UNIT_IDS });
  }

  /** Reads the URL hash; what it cannot use becomes a visible notice. */
  readHash(hash: string): void {
    const { state, problems } = parseHash(hash, this.hashContext);
    if (state.date) this.day = state.date;
    this.view = state.view ?? null;
    this.selection = state.select ?? null;
    this.notices = problems;
  }

  hash(): string {
    return formatHash({
      date: this.day,
      ...(this.view ? { view: this.view } : {}),
      ...(this.selection ? { select: this.selection } : {}),
    });
  }

  go(day: string): void {
    if (!dayProblem(day, this.data.period)) this.day = day;
  }

  step(delta: number): boolean {
    const next = addDays(this.day, delta);
    if (next < this.data.period.start || next > this.data.period.end) return false;
    this.day = next;
    return true;
  }

  first(): void {
    this.day = this.data.period.start;
  }

  last(): void {
    this.day = this.data.period.end;
  }

  togglePlay(): void {
    if (!this.playing && this.day === this.data.period.end) this.first();
    this.playing = !this.playing;
  }

  /** The next frame of playback: the next day, or the first again when looping. */
  advance(): void {
    if (!this.playing) return;
    if (this.step(1)) return;
    if (this.loop) this.first();
    else this.playing = false;
  }

  select(selection: Selection | null): void {
    this.selection = selection;
  }

  /** Does what a key press asks (see keys.ts). */
  perform(action: KeyAction): void {
    if (action === 'previous') this.step(-1);
    else if (action === 'next') this.step(1);
    else if (action === 'toggle-play') this.togglePlay();
    else if (action === 'first') this.first();
    else this.last();
  }

  dismissNotice(i: number): void {
    this.notices = this.notices.filter((_, k) => k !== i);
  }
}
