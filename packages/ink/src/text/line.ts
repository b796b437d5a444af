/**
 * Text styles as bit flags, so a run can be a strong link inside the objection section at once.
 * The flags say what a piece of text is; `theme.ts` decides how that looks (with or without colour).
 */
export const Style = {
  none: 0,
  /** The title of the section on screen. */
  title: 1,
  /** A heading inside a section (a service's parts, a heading in the content). */
  heading: 2,
  strong: 4,
  emphasis: 8,
  /** A link's text. */
  link: 16,
  /** A link's address, shown after its text as `<url>`. */
  url: 32,
  code: 64,
  /** Everything in the right-to-object section, which the law wants set apart (Art. 21(4) GDPR). */
  objection: 128,
  /** Secondary text: rules, labels, hints. */
  dim: 256,
  /** A search match. */
  match: 512,
  /** The search match n/N moved to. */
  current: 1024,
  /** The selected row of a list that has the focus. */
  selected: 2048,
  /** The selected row of a list that does not have the focus. */
  marked: 4096,
} as const;

/** A piece of text in one style. `text` is already safe to print (see `safeText`). */
export interface Run {
  readonly text: string;
  readonly style: number;
}

/** One screen line: fits the width it was made for. `plain` is its text without styles, for search. */
export interface Line {
  readonly runs: readonly Run[];
  readonly plain: string;
}

export function lineOf(runs: readonly Run[]): Line {
  return { runs, plain: runs.map((run) => run.text).join("") };
}

export const emptyLine: Line = lineOf([]);
