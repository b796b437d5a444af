import stringWidth from "string-width";

// Nearly all policy text is printable ASCII, where the width is the length: skip the slower
// grapheme walk for it, since every word of every wrapped line is measured.
const printableAscii = /^[\u0020-\u007e]*$/;

/** How many terminal columns a string takes, the way ink measures it (wide characters count 2). */
export function textWidth(text: string): number {
  return printableAscii.test(text) ? text.length : stringWidth(text);
}

const segmenter = new Intl.Segmenter(undefined, { granularity: "grapheme" });

/** The string as user-perceived characters, so a cut never splits an umlaut from its accent. */
export function graphemes(text: string): string[] {
  return Array.from(segmenter.segment(text), (segment) => segment.segment);
}

/** The text with spaces after it up to `width` columns: padEnd counts UTF-16 units, so a CJK name would come out too wide. */
export function padToWidth(text: string, width: number): string {
  return text + " ".repeat(Math.max(0, width - textWidth(text)));
}
