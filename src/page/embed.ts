/**
 * Sharing and embedding: the page's mode from its query (`?embed`, `&autoplay`), the link to a
 * view, and the embed code for it. The state itself (day, view, selection, tour stop) stays in
 * the hash, the same in the full atlas and in an embed.
 */

/** The one-file atlas's name (`npm run build` writes it into dist/ beside the site). */
export const SINGLE_FILE = 'kazakhstan-january-2022.html';

export interface PageMode {
  /** The compact layout for an article: map, timeline and caption, no side panel. */
  embed: boolean;
  /** Start playing at once (the embedder asked for it; never against reduced motion). */
  autoplay: boolean;
  /** Play again from the first day after the last. */
  loop: boolean;
}

/**
 * `?embed`, `?embed=1` or `?embed=true` switch a mode on; `=0`, `=false` or any other value
 * leave it off (a link written `?embed=0` means "not embedded").
 */
export function pageMode(search: string): PageMode {
  const params = new URLSearchParams(search);
  const on = (key: string) => ['', '1', 'true'].includes(params.get(key)?.toLowerCase() ?? 'no');
  return { embed: on('embed'), autoplay: on('autoplay'), loop: on('loop') };
}

/**
 * The hash an embed that plays on load starts from: the first day unless the embedder keeps
 * the day on screen, so the story is told from its beginning.
 */
export function playingHash(hash: string): string {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  params.delete('date');
  const rest = params.toString();
  return rest ? `#${rest}` : '';
}

/** Whether the page starts playing as it opens: when asked to, and never against less motion. */
export function playsOnLoad(mode: PageMode, lessMotion: boolean): boolean {
  return mode.autoplay && !lessMotion;
}

/** The page's address with a query and hash of our choosing: `base` is location.href. */
export function pageUrl(base: string, mode: Partial<PageMode>, hash: string): string {
  const url = new URL(base);
  url.search = '';
  if (mode.embed) url.searchParams.set('embed', '');
  if (mode.autoplay) url.searchParams.set('autoplay', '');
  if (mode.loop) url.searchParams.set('loop', '');
  // "?embed=&autoplay=" reads as well as "?embed&autoplay", but the short form is what people type.
  url.search = url.search.replace(/=(?=&|$)/g, '');
  url.hash = hash;
  return url.href;
}

const escapeAttribute = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * A responsive iframe: as wide as the column, its height from the width (4:3) but never under
 * 420 px, so the timeline always fits; no script from us runs on the host page.
 */
export function embedCode(
  base: string,
  hash: string,
  options: { autoplay: boolean; loop?: boolean; title: string },
): string {
  const src = pageUrl(
    base,
    { embed: true, autoplay: options.autoplay, loop: options.loop ?? false },
    options.autoplay ? playingHash(hash) : hash,
  );
  return (
    `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(options.title)}" ` +
    `style="width:100%;aspect-ratio:4/3;min-height:420px;border:0" loading="lazy" ` +
    `allow="fullscreen" referrerpolicy="no-referrer"></iframe>`
  );
}
