/**
 * The keyboard map: which key does what, and where a key belongs to the element that has focus
 * instead (a slider, a button, a text field, a dialog).
 */
/** clear: Escape, which clears the selection, or else leaves the tour. */
export type KeyAction = 'previous' | 'next' | 'toggle-play' | 'first' | 'last' | 'clear';

export interface KeyPress {
  key: string;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  /** The tag name of the focused element, e.g. "INPUT". */
  tagName: string;
  /** The focus is inside a dialog, whose keys are its own. */
  inDialog: boolean;
  /** The focus is in a field that takes text (the place search): every key is its own. */
  typing?: boolean;
}

// Elements that give Space, Home and End a meaning of their own.
const SPACE_TAKERS = new Set(['INPUT', 'SELECT', 'TEXTAREA', 'BUTTON', 'SUMMARY', 'A']);
const HOME_END_TAKERS = new Set(['INPUT', 'SELECT', 'TEXTAREA']);

export function keyAction(k: KeyPress): KeyAction | null {
  if (k.altKey || k.ctrlKey || k.metaKey || k.inDialog || k.typing) return null;
  // Page Up goes back and Page Down forward everywhere, the day slider included (whose own
  // Page Up would go forward).
  if (k.key === ',' || k.key === 'PageUp') return 'previous';
  if (k.key === '.' || k.key === 'PageDown') return 'next';
  if (k.key === 'Escape') return 'clear';
  if (k.key === ' ' && !SPACE_TAKERS.has(k.tagName)) return 'toggle-play';
  if (k.key === 'Home' && !HOME_END_TAKERS.has(k.tagName)) return 'first';
  if (k.key === 'End' && !HOME_END_TAKERS.has(k.tagName)) return 'last';
  return null;
}

/** A key pressed in the page, as keyAction reads it. */
export function keyPress(e: KeyboardEvent): KeyPress {
  const target = e.target as HTMLElement;
  return {
    key: e.key,
    altKey: e.altKey,
    ctrlKey: e.ctrlKey,
    metaKey: e.metaKey,
    tagName: target.tagName,
    inDialog: target.closest('dialog') !== null,
    typing:
      target.tagName === 'TEXTAREA' ||
      (target.tagName === 'INPUT' &&
        ['text', 'search'].includes((target as HTMLInputElement).type)),
  };
}
