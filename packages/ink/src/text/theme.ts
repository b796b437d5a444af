import { Style, type Run } from "./line.js";

/**
 * SGR codes per style. With colour: headings cyan, links blue and underlined, the objection
 * section yellow, matches on a yellow background. Without colour (NO_COLOR) the same things stay
 * apart by attributes only (bold, underline, inverse), which NO_COLOR does not cover and which keep
 * a search match visible.
 */
const colourCodes: readonly (readonly [number, string])[] = [
  [Style.title, "1;4;36"],
  [Style.heading, "1;36"],
  [Style.strong, "1"],
  [Style.emphasis, "3"],
  [Style.link, "4;34"],
  [Style.url, "34"],
  [Style.code, "35"],
  [Style.objection, "33"],
  [Style.dim, "2"],
  [Style.match, "30;43"],
  [Style.current, "1;30;42"],
  [Style.selected, "7"],
  [Style.marked, "1"],
];

const monoCodes: readonly (readonly [number, string])[] = [
  [Style.title, "1;4"],
  [Style.heading, "1"],
  [Style.strong, "1"],
  [Style.emphasis, "3"],
  [Style.link, "4"],
  [Style.dim, "2"],
  [Style.match, "7"],
  [Style.current, "1;4;7"],
  [Style.selected, "7"],
  [Style.marked, "1"],
];

const cache = new Map<number, string>();

function sgr(style: number, colour: boolean): string {
  const key = colour ? style : -style - 1;
  let codes = cache.get(key);
  if (codes === undefined) {
    const table = colour ? colourCodes : monoCodes;
    codes = table
      .filter(([flag]) => (style & flag) !== 0)
      .map(([, code]) => code)
      .join(";");
    cache.set(key, codes);
  }
  return codes;
}

/** The runs as one string with ANSI styles; every styled run is reset after, so no style leaks. */
export function toAnsi(runs: readonly Run[], colour: boolean): string {
  let out = "";
  for (const run of runs) {
    const codes = run.style === 0 ? "" : sgr(run.style, colour);
    out += codes === "" ? run.text : `\u001b[${codes}m${run.text}\u001b[0m`;
  }
  return out;
}
