import type { Unsafe } from "mdast-util-to-markdown";

// Constructs where the characters below mean nothing special (taken from the names mdast-util-to-markdown uses).
const notInLink: Unsafe["notInConstruct"] = ["autolink", "link", "image", "label"];
const notInUrl: Unsafe["notInConstruct"] = ["autolink", "destinationLiteral", "destinationRaw", "reference", "titleQuote", "titleApostrophe"];

/**
 * What can follow the `<` of an autolink: a URI scheme starts with a letter, an e-mail address with
 * any character CommonMark allows in its local part (`<|@example>` and `<1@a.b>` are links).
 * mdast-util-to-markdown escapes `<` only before a letter, `!`, `/` or `?` (where HTML can start).
 */
const autolinkStart = "[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]";

/**
 * Escapes on top of mdast-util-to-markdown's own. For the GFM renderers the output is read with
 * (GitHub and others): a bare URL, `www.` address or e-mail address in text would become a link
 * there, and `~` would strike text through. Escaping `:` in `https://`, `.` in `www.`, `@` in an
 * address, and every `~` keeps such text as text. (remark-gfm is the exception: it links bare URLs
 * and addresses in text even when escaped; see the README.) For every CommonMark parser: a `<` that
 * could open an autolink.
 */
export const textUnsafe: readonly Unsafe[] = [
  { character: "@", before: "[+\\-.\\w]", after: "[\\-.\\w]", inConstruct: "phrasing", notInConstruct: notInLink },
  // GitHub and micromark link `www.` followed by almost anything (`www.<`, `www.)`), and take a
  // backslash after it into the link (`www.\<` links `www.\`): so the dot itself is escaped.
  { character: ".", before: "[Ww]{3}", inConstruct: "phrasing", notInConstruct: notInLink },
  { character: ":", before: "[ps]", after: "\\/", inConstruct: "phrasing", notInConstruct: notInLink },
  { character: "~", inConstruct: "phrasing", notInConstruct: notInUrl },
  // In every parser, not only GFM's: a `<` that could open an autolink, in any text, link text included.
  { character: "<", after: autolinkStart, inConstruct: "phrasing", notInConstruct: notInUrl },
  // In a table cell, always: the serializer leaves out the escape above when the next character is
  // escaped anyway, but GitHub (cmark-gfm) removes the backslash of `\|` before it reads a cell, so
  // `<\|@a>` would be a link there.
  { character: "<", inConstruct: "tableCell" },
];
