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
    /** The keys while the section list has the focus, and while the text has it. */
    readonly list: readonly string[];
    readonly text: readonly string[];
    /** In the data and transfers views: with the focus on the list of choices, and on the answer. */
    readonly pick: readonly string[];
    readonly answer: readonly string[];
    readonly always: readonly string[];
    /** While the help or the warnings are open, in place of `always`: how to close them, and how to quit; `scroll` before. */
    readonly help: readonly string[];
    readonly warnings: readonly string[];
    readonly scroll: string;
  };
  /** The titles over the panes, on the rule under the header: the focused one's is bold on a heavy rule. */
  readonly panes: {
    readonly sections: string;
    readonly data: string;
    readonly transfers: string;
  };
  /** Where one is, on the rule above the footer: the section of how many, and how far down its text. */
  readonly position: {
    readonly section: (current: number, total: number) => string;
    /** A choice in the data or transfers view, of how many shown. */
    readonly choice: (current: number, total: number) => string;
    /** How much of the text is above the pane's last line, as a share of 1. */
    readonly read: (share: number) => string;
  };
  readonly search: {
    readonly prompt: string;
    readonly inputHint: string;
    /** While typing: in how many sections the text occurs. */
    readonly sections: (count: number) => string;
    /** After Enter: which match is shown, of all the matches. */
    readonly match: (query: string, current: number, total: number) => string;
    /** The same, where the matches are too many to count: of those in the open section, and which section. */
    readonly inSection: (query: string, current: number, total: number, section: number, sections: number) => string;
    /** In how many sections the query is, when the open section is not one of them. */
    readonly inSections: (query: string, sections: number) => string;
    /** After n past the last match, or N past the first. */
    readonly wrapped: { readonly toFirst: string; readonly toLast: string };
    readonly statusKeys: readonly string[];
    readonly none: (query: string) => string;
    readonly noneKeys: readonly string[];
  };
  /** The data and transfers views' filter line (`/` in them). */
  readonly filter: {
    readonly prompt: string;
    readonly inputHint: string;
    /** How many choices the filter leaves, of how many. */
    readonly shown: (shown: number, total: number) => string;
    /** The footer's lead while a filter is kept. */
    readonly active: (text: string) => string;
    /** The list's one line when nothing matches. */
    readonly none: (text: string) => string;
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
