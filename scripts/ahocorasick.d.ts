/** The part of the untyped `ahocorasick` package the benchmark uses. */
declare module 'ahocorasick' {
  export default class AhoCorasick {
    constructor(keywords: string[]);
    /** Every occurrence: [end offset, keywords ending there]. */
    search(text: string): [number, string[]][];
  }
}
