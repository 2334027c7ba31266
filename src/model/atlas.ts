/**
 * The atlas: the data with its indexes, the period's days, and each day's state and changes,
 * computed once and kept. The page's state, its panels, the exporter, the headless API and the
 * commands all ask it, so no one assembles the day pipeline by hand.
 */
import { changesOn, type DayChanges } from './changes.ts';
import { dayRange, type Day } from './days.ts';
import { dayState, eventCovers, type DayState } from './dayState.ts';
import { indexById } from './indexById.ts';
import type { AtlasEvent, Dataset, Place } from './schema.ts';

export class Atlas {
  readonly data: Dataset;
  /** Every day of the period, in order. */
  readonly days: readonly Day[];
  readonly places: ReadonlyMap<string, Place>;
  readonly events: ReadonlyMap<string, AtlasEvent>;
  /** Days on which at least one event is shown: the timeline marks them. */
  readonly eventDays: ReadonlySet<Day>;
  // A dataset never changes, so neither does any of its days.
  private readonly states = new Map<Day, DayState>();
  private readonly changesCache = new Map<Day, DayChanges>();

  constructor(data: Dataset) {
    this.data = data;
    this.days = dayRange(data.period.start, data.period.end);
    this.places = indexById(data.places);
    this.events = indexById(data.events);
    this.eventDays = new Set(this.days.filter((d) => data.events.some((e) => eventCovers(e, d))));
  }

  /** The state of every region, place, event and figure on a day of the period. */
  state = (day: Day): DayState => {
    let s = this.states.get(day);
    if (!s) this.states.set(day, (s = dayState(this.data, day)));
    return s;
  };

  /** What is new on a day since the day before. */
  changes = (day: Day): DayChanges => {
    let c = this.changesCache.get(day);
    if (!c) this.changesCache.set(day, (c = changesOn(this.data, this.state(day), this.state)));
    return c;
  };

  /** Whether the map shows an event on a day (one dated "by" a day shows on that day only). */
  isEventOn(event: AtlasEvent, day: Day): boolean {
    return eventCovers(event, day);
  }
}
