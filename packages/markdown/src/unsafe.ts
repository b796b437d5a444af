import type { Unsafe } from "mdast-util-to-markdown";

// Constructs where the characters below mean nothing special (taken from the names mdast-util-to-markdown uses).
const notInLink: Unsafe["notInConstruct"] = ["autolink", "link", "image", "label"];
const notInUrl: Unsafe["notInConstruct"] = ["autolink", "destinationLiteral", "destinationRaw", "reference", "titleQuote", "titleApostrophe"];

/**
 * Escapes on top of mdast-util-to-markdown's own, for the GFM renderers the output is read with
 * (GitHub and others): a bare URL, `www.` address or e-mail address in text would become a link
 * there, and `~` would strike text through. Escaping `:` in `https://`, `.` after `www`, `@` in an
 * address, and every `~` keeps such text as text. (remark-gfm is the exception: it links bare URLs
 * and addresses in text even when escaped; see the README.)
 */
export const gfmTextUnsafe: readonly Unsafe[] = [
  { character: "@", before: "[+\\-.\\w]", after: "[\\-.\\w]", inConstruct: "phrasing", notInConstruct: notInLink },
  { character: ".", before: "[Ww]", after: "[\\-.\\w]", inConstruct: "phrasing", notInConstruct: notInLink },
  { character: ":", before: "[ps]", after: "\\/", inConstruct: "phrasing", notInConstruct: notInLink },
  { character: "~", inConstruct: "phrasing", notInConstruct: notInUrl },
];
