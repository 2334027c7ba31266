/** The app state and its timed behaviour, with fake timers and Svelte's effects, no browser. */
import { flushSync } from 'svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { dayState } from '../../src/model/dayState.ts';
import { AtlasState, TOUR_STOP_MS } from '../../src/page/state/app.svelte.ts';
import { keyAction, type KeyPress } from '../../src/page/state/keys.ts';
import { MAP_LATE_MS, URL_DELAY_MS, startTimers } from '../../src/page/state/timers.svelte.ts';
import { dataset, tour } from '../helpers.ts';

/** The map drawing the chosen day: first shown, then done. */
function drawDay(app: AtlasState) {
  app.mapState = dayState(dataset, app.day);
  app.renderedDay = app.day;
  flushSync();
}

/** Play from the day on screen, drawn, at `frameMs` a day. */
function play(app: AtlasState, frameMs: number) {
  drawDay(app);
  app.frameMs = frameMs;
  app.togglePlay();
  flushSync();
}

describe('AtlasState', () => {
  it('steps within the period and stays at its ends', () => {
    const app = new AtlasState(dataset);
    expect(app.day).toBe('2022-01-02');
    expect(app.step(-1)).toBe(false);
    expect(app.step(1)).toBe(true);
    expect(app.state.date).toBe('2022-01-03');
    app.last();
    expect(app.step(1)).toBe(false);
    expect(app.day).toBe('2022-01-23');
  });

  it("shows the map's day in the panels and the timeline, and the chosen day once the map is late", () => {
    const app = new AtlasState(dataset);
    drawDay(app);
    app.step(1);
    expect(app.shown.date).toBe('2022-01-02');
    expect(app.timelineDay).toBe('2022-01-02');
    app.mapIsLate = true;
    expect(app.timelineDay).toBe('2022-01-03');
  });

  it('reads a link, keeping what it can use and saying what it cannot', () => {
    const app = new AtlasState(dataset);
    app.readHash('#date=2022-01-13&select=unit:nowhere');
    expect(app.day).toBe('2022-01-13');
    expect(app.selection).toBeNull();
    expect(app.notices).toHaveLength(1);
    expect(app.hash()).toBe('#date=2022-01-13');
  });
});

describe('timers', () => {
  let app: AtlasState;
  let written: string[];
  let stop: () => void;
  beforeEach(() => {
    vi.useFakeTimers();
    app = new AtlasState(dataset);
    written = [];
    stop = startTimers(app, (hash) => written.push(hash));
    flushSync();
  });
  afterEach(() => {
    stop();
    vi.useRealTimers();
  });

  it('writes the address once a drawn day has stayed on screen, not during quick steps', () => {
    drawDay(app);
    vi.advanceTimersByTime(URL_DELAY_MS - 1);
    expect(written).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(written).toEqual(['#date=2022-01-02']);
    for (let i = 0; i < 3; i++) {
      app.step(1);
      drawDay(app);
      vi.advanceTimersByTime(URL_DELAY_MS / 2);
    }
    expect(written).toEqual(['#date=2022-01-02']);
    vi.advanceTimersByTime(URL_DELAY_MS);
    expect(written).toEqual(['#date=2022-01-02', '#date=2022-01-05']);
  });

  it('marks the map late when it has not shown the chosen day in time, and not late once it has', () => {
    drawDay(app);
    app.step(1);
    flushSync();
    vi.advanceTimersByTime(MAP_LATE_MS - 1);
    expect(app.mapIsLate).toBe(false);
    vi.advanceTimersByTime(1);
    flushSync();
    expect(app.mapIsLate).toBe(true);
    drawDay(app);
    expect(app.mapIsLate).toBe(false);
  });

  it('plays a day per frame time, each only once the map has drawn the last', () => {
    play(app, 500);
    vi.advanceTimersByTime(500);
    flushSync();
    expect(app.day).toBe('2022-01-03');
    // The map has not drawn 3 January yet: playback waits however long that takes.
    vi.advanceTimersByTime(5000);
    flushSync();
    expect(app.day).toBe('2022-01-03');
    drawDay(app);
    vi.advanceTimersByTime(500);
    flushSync();
    expect(app.day).toBe('2022-01-04');
  });

  it("counts a day's time from when it was chosen, so drawing it does not add to it", () => {
    play(app, 1000);
    vi.advanceTimersByTime(1000);
    flushSync();
    expect(app.day).toBe('2022-01-03');
    // The map takes 300 ms to draw the day; the day still lasts a second in all.
    vi.advanceTimersByTime(300);
    drawDay(app);
    vi.advanceTimersByTime(699);
    flushSync();
    expect(app.day).toBe('2022-01-03');
    vi.advanceTimersByTime(1);
    flushSync();
    expect(app.day).toBe('2022-01-04');
  });

  it('stops at the last day, or starts again with loop on', () => {
    app.go('2022-01-22');
    play(app, 250);
    vi.advanceTimersByTime(250);
    drawDay(app);
    vi.advanceTimersByTime(250);
    flushSync();
    expect([app.day, app.playing]).toEqual(['2022-01-23', false]);

    app.loop = true;
    app.togglePlay(); // from the last day, play starts again at the first
    flushSync();
    expect(app.day).toBe('2022-01-02');
    app.go('2022-01-23');
    drawDay(app);
    vi.advanceTimersByTime(250);
    flushSync();
    expect([app.day, app.playing]).toEqual(['2022-01-02', true]);
  });
});

describe('keys', () => {
  const press = (key: string, more: Partial<KeyPress> = {}) =>
    keyAction({
      key,
      altKey: false,
      ctrlKey: false,
      metaKey: false,
      tagName: 'BODY',
      inDialog: false,
      ...more,
    });

  it('leaves every key to a field that takes text', () => {
    expect(
      [',', '.', ' ', 'Escape', 'Home'].map((k) => press(k, { tagName: 'INPUT', typing: true })),
    ).toEqual([null, null, null, null, null]);
  });

  it('steps, plays and jumps from anywhere', () => {
    expect([',', '.', 'PageUp', 'PageDown', ' ', 'Home', 'End', 'x'].map((k) => press(k))).toEqual([
      'previous',
      'next',
      'previous',
      'next',
      'toggle-play',
      'first',
      'last',
      null,
    ]);
  });

  it('leaves keys to the element that has its own use for them', () => {
    expect(press(' ', { tagName: 'BUTTON' })).toBeNull();
    expect(press('Home', { tagName: 'INPUT' })).toBeNull();
    // Page Up and Page Down mean the same on the day slider as anywhere else.
    expect(press('PageUp', { tagName: 'INPUT' })).toBe('previous');
    expect(press('PageDown', { tagName: 'INPUT' })).toBe('next');
    expect(press('.', { tagName: 'INPUT' })).toBe('next');
    expect(press('.', { inDialog: true })).toBeNull();
    expect(press('.', { ctrlKey: true })).toBeNull();
  });

  it('does what the key asks', () => {
    const app = new AtlasState(dataset);
    app.perform('next');
    app.perform('next');
    app.perform('previous');
    expect(app.day).toBe('2022-01-03');
    app.perform('last');
    expect(app.day).toBe('2022-01-23');
    app.perform('toggle-play');
    expect([app.day, app.playing]).toEqual(['2022-01-02', true]);
  });

  it('Escape clears the selection, then leaves the tour', () => {
    expect(press('Escape')).toBe('clear');
    const app = new AtlasState(dataset, tour);
    app.openStory(2);
    app.select({ kind: 'unit', id: 'akmola' });
    app.perform('clear');
    expect([app.selection, app.story]).toEqual([null, 2]);
    app.perform('clear');
    expect(app.story).toBeNull();
  });
});

describe('the guided tour', () => {
  it('opens a stop from the link, with its day, and keeps only the stop in the link', () => {
    const app = new AtlasState(dataset, tour);
    app.readHash('#story=3');
    expect([app.story, app.day, app.stop?.title]).toEqual([3, tour[2]!.day, tour[2]!.title]);
    expect(app.hash()).toBe('#story=3');
  });

  it('steps and plays stop by stop with the same controls and keys', () => {
    const app = new AtlasState(dataset, tour);
    app.openStory(1);
    app.perform('next');
    expect([app.story, app.day]).toEqual([2, tour[1]!.day]);
    app.perform('last');
    expect(app.story).toBe(tour.length);
    expect(app.step(1)).toBe(false);
    app.perform('toggle-play'); // at the end: plays from the first stop
    expect([app.story, app.playing]).toEqual([1, true]);
    app.advance();
    expect(app.story).toBe(2);
    expect(app.playInterval).toBe(TOUR_STOP_MS);
  });

  it('leaves the tour when a day is chosen by hand', () => {
    const app = new AtlasState(dataset, tour);
    app.openStory(2);
    app.go('2022-01-10');
    expect([app.story, app.day, app.hash()]).toEqual([null, '2022-01-10', '#date=2022-01-10']);
  });

  it('says so when the link names a stop that does not exist', () => {
    const app = new AtlasState(dataset, tour);
    app.readHash('#story=99');
    expect(app.story).toBeNull();
    expect(app.notices[0]).toMatch(/tour stop "99".*1 to 6/);
  });
});
