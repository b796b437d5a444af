/**
 * The viewer's own words (the header, keys, search, help), one object per language. The policy's
 * words, the data and transfers views included, are the composed document's. Every language must
 * give every key: `en.ts` and `de.ts` are typed as `Messages`, so a key missing in one fails the
 * typecheck instead of showing English (or nothing) in a German viewer.
 */
export interface Messages {
  /** The name of the language in itself, shown in the header: "English", "Deutsch". */
  readonly languageName: string;
  readonly header: {
    /** The document's title, as compose titles it: the header shows it before compose has run. */
    readonly title: string;
    readonly version: (version: string) => string;
    readonly effective: (date: string) => string;
    readonly language: (name: string) => string;
    /** How many warnings validation gave, and the key that lists them. */
    readonly warnings: (count: number) => string;
  };
  /** The body's one line while the language is being composed (about a second for 2,000 services). */
  readonly composing: string;
  /**
   * The footer's key hints, most important first: on a narrow screen the footer leaves out hints
   * from the end, but never `always` (how to get help and how to quit), which closes every footer.
   */
  readonly footer: {
    readonly browse: readonly string[];
    readonly view: readonly string[];
    readonly always: readonly string[];
    /** While the help or the warnings are open, in place of `always`: how to close them, and how to quit; `scroll` before. */
    readonly help: readonly string[];
    readonly warnings: readonly string[];
    readonly scroll: string;
  };
  readonly search: {
    readonly prompt: string;
    readonly inputHint: string;
    /** While typing: in how many sections the text occurs. */
    readonly sections: (count: number) => string;
    /** After Enter: which match is shown, of how many sections with the text; then its keys. */
    readonly status: (query: string, current: number, total: number) => string;
    readonly statusKeys: readonly string[];
    readonly none: (query: string) => string;
    readonly noneKeys: readonly string[];
  };
  readonly warnings: {
    readonly title: (count: number) => string;
    readonly close: string;
  };
  readonly help: {
    readonly title: string;
    /** Each key with what it does, in the order the help shows them. */
    readonly keys: readonly (readonly [keys: string, what: string])[];
    readonly close: string;
  };
}
