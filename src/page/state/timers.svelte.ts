/**
 * The app's timed behaviour, apart from any component so it can be tested with fake timers:
 * when the address is written, when the map counts as late, and playback.
 */
import type { AtlasState } from './app.svelte.ts';

/**
 * The address is written once the map has drawn a day and the page has stayed on it this long:
 * each write is work for the browser, taken from the next step, and browsers refuse pages that
 * rewrite their URL many times a second (Safari: more than 100 times in 30 seconds).
 */
export const URL_DELAY_MS = 300;
/** The map is late when it has not shown the chosen day this long after it was chosen. */
export const MAP_LATE_MS = 150;

/** Starts the timers for `app`; returns the function that stops them. */
export function startTimers(app: AtlasState, writeUrl: (hash: string) => void): () => void {
  return $effect.root(() => {
    $effect(() => {
      if (app.renderedDay !== app.day) return;
      const hash = app.hash();
      const timer = setTimeout(() => writeUrl(hash), URL_DELAY_MS);
      return () => clearTimeout(timer);
    });

    // Once late, the timeline moves on without the map (see AtlasState.timelineDay).
    $effect(() => {
      if (app.shown.date === app.day) return void (app.mapIsLate = false);
      const timer = setTimeout(() => (app.mapIsLate = true), MAP_LATE_MS);
      return () => clearTimeout(timer);
    });

    // Playback: the next day or stop once its time is up, counted from when it was chosen (or
    // from Play), and never before the map has drawn it: drawing overlaps the wait.
    let chosenAt = Date.now();
    $effect(() => {
      void app.day;
      if (app.playing) chosenAt = Date.now();
    });
    $effect(() => {
      if (!app.playing || app.renderedDay !== app.day) return;
      const wait = Math.max(0, app.playInterval - (Date.now() - chosenAt));
      const timer = setTimeout(() => app.advance(), wait);
      return () => clearTimeout(timer);
    });
  });
}
