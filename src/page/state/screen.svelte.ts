/**
 * The screen's width class: wide enough for the panel beside the map, or a tablet or phone,
 * where the map comes first and the tour's caption sits over it.
 */
const WIDE = '(min-width: 901px)';

export class Screen {
  /** Wide when the page opened: the legend starts open then. */
  readonly wideAtStart: boolean;
  narrow = $state(false);
  private readonly query = window.matchMedia(WIDE);

  constructor() {
    this.wideAtStart = this.query.matches;
    this.narrow = !this.wideAtStart;
  }

  /** Follows the window as it is resized; returns what stops following. */
  follow(): () => void {
    const update = () => (this.narrow = !this.query.matches);
    this.query.addEventListener('change', update);
    return () => this.query.removeEventListener('change', update);
  }
}
