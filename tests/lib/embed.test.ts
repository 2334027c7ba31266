import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { embedCode, pageMode, pageUrl, playsOnLoad } from '../../src/page/embed.ts';

const base = 'https://example.org/atlas/index.html?lang=en#date=2022-01-02';

describe('sharing and embedding', () => {
  it('switches a mode on only with its documented values', () => {
    expect(pageMode('?embed&autoplay=1&loop=true')).toEqual({
      embed: true,
      autoplay: true,
      loop: true,
    });
    expect(pageMode('?embed=0&autoplay=false&loop=no')).toEqual({
      embed: false,
      autoplay: false,
      loop: false,
    });
    expect(pageMode('')).toEqual({ embed: false, autoplay: false, loop: false });
  });

  it('reads the embed layout and autoplay from the query, not the hash', () => {
    expect(pageMode('?embed&autoplay')).toEqual({ embed: true, autoplay: true, loop: false });
    expect(pageMode('?embed')).toEqual({ embed: true, autoplay: false, loop: false });
    expect(pageMode('')).toEqual({ embed: false, autoplay: false, loop: false });
    expect(pageMode('?embed&autoplay&loop')).toEqual({ embed: true, autoplay: true, loop: true });
  });

  it('plays on load only when asked, and not for a reader who asks for less motion', () => {
    expect(playsOnLoad(pageMode('?embed&autoplay'), false)).toBe(true);
    expect(playsOnLoad(pageMode('?embed&autoplay'), true)).toBe(false);
    expect(playsOnLoad(pageMode('?embed'), false)).toBe(false);
  });

  it('links to a view with its state in the hash', () => {
    expect(pageUrl(base, {}, '#date=2022-01-06&select=unit:akmola')).toBe(
      'https://example.org/atlas/index.html#date=2022-01-06&select=unit:akmola',
    );
    expect(pageUrl(base, { embed: true, autoplay: true }, '#story=3')).toBe(
      'https://example.org/atlas/index.html?embed&autoplay#story=3',
    );
  });

  it('plays an embed from the first day, keeping the rest of the link, and loops when asked', () => {
    const code = embedCode(base, '#date=2022-01-06&hide=spread&lang=ru', {
      autoplay: true,
      loop: true,
      title: 't',
    });
    expect(code).toContain(
      'src="https://example.org/atlas/index.html?embed&amp;autoplay&amp;loop#hide=spread&amp;lang=ru"',
    );
    // Without autoplay the day on screen stays.
    expect(embedCode(base, '#date=2022-01-06', { autoplay: false, title: 't' })).toContain(
      '#date=2022-01-06',
    );
  });

  it('gives a responsive iframe whose attributes cannot be broken out of', () => {
    const code = embedCode(base, '#date=2022-01-06', {
      autoplay: false,
      title: 'Kazakhstan "January" <2022>',
    });
    expect(code).toMatch(
      /^<iframe src="https:\/\/example\.org\/atlas\/index\.html\?embed#date=2022-01-06" /,
    );
    expect(code).toContain('title="Kazakhstan &quot;January&quot; &lt;2022>"');
    expect(code).toContain('style="width:100%;aspect-ratio:4/3;min-height:420px;border:0"');
    const doc = new new Window().DOMParser().parseFromString(code, 'text/html');
    expect(doc.querySelectorAll('iframe')).toHaveLength(1);
    expect(doc.querySelector('iframe')!.getAttribute('title')).toBe('Kazakhstan "January" <2022>');
  });
});
