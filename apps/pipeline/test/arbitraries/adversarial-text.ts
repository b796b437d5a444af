// Text a policy file may hold in any free-text field (names, addresses, descriptions), chosen to
// break a renderer: Markdown and HTML syntax, line breaks of every kind, right-to-left text and
// direction overrides, emoji sequences, combining marks, controls and NUL, zero-width and
// separator characters, and very long words. Always at least one character, as the schema asks.

import fc from "fast-check";
import { hostileNames } from "../../../../packages/markdown/test/fixtures/hostile.js";

/** Pieces that mean something to Markdown, HTML or a terminal, or that are hard to lay out. */
export const adversarialFragments: readonly string[] = [
  ...hostileNames,
  // Markdown and HTML punctuation on its own
  "*",
  "_",
  "[",
  "]",
  "<",
  ">",
  "|",
  "#",
  "`",
  "~",
  "\\",
  "!",
  "&",
  "(",
  ")",
  "{",
  "}",
  "=",
  "+",
  "-",
  ".",
  ":",
  "**",
  "__",
  "[]",
  "<>",
  "||",
  "##",
  "\\*",
  "&amp;",
  "&#0;",
  "&#x0;",
  "<!--",
  "-->",
  "<![CDATA[",
  "]]>",
  '"><svg onload=alert(1)>',
  "</section><section id=overview>",
  '<a id="service-x"></a>',
  "</style></title></textarea>",
  // line breaks and spaces
  "\n",
  "\r",
  "\r\n",
  "\n\n",
  "\t",
  " ",
  "   ",
  "\u00a0",
  "\u2028",
  "\u2029",
  "\u0085",
  "\u000b",
  "\u000c",
  // controls, NUL, BOM, noncharacters
  "\u0000",
  "\u0001",
  "\u001b[31m",
  "\u007f",
  "\u009b",
  "\ufeff",
  "\ufffe",
  "\uffff",
  "\ufffd",
  // right to left
  "שלום עולם",
  "مرحبا بالعالم",
  "\u202eevil\u202c",
  "\u200f",
  "\u200e",
  "\u2067isolate\u2069",
  "abc \u202b\u05d0\u05d1\u202c def",
  // emoji: ZWJ sequences, flags, skin tones, keycaps, variation selectors
  "😀",
  "👨‍👩‍👧‍👦",
  "🇩🇪",
  "🏳️‍🌈",
  "👍🏽",
  "1️⃣",
  "☺︎",
  "🧑🏿‍🚀",
  // combining marks, zero width, wide and astral characters
  "e\u0301",
  "Z\u0351\u0367\u0307a\u0342\u0311l\u0357\u0351g\u0338\u0305o",
  "\u200b",
  "\u200d",
  "\u2060",
  "漢字かな",
  "𝕳𝖊𝖑𝖑𝖔",
  "𐍈",
  // German and other Latin text, as a real policy would have
  "Müller & Söhne GmbH",
  "Straße",
  "ÆØÅ",
  "İıŞş",
];

const fragment = fc.constantFrom(...adversarialFragments);

/** Characters with a meaning in Markdown or HTML, mixed with letters and spaces. */
const syntaxChar = fc.constantFrom(..."*_[]<>|#`~\\!&(){}\"'=-+.:;/ \n\tab01");

/** A very long name: thousands of characters, with or without spaces to break at. */
const longText = fc.oneof(
  fc.string({ unit: "grapheme-ascii", minLength: 200, maxLength: 2000 }),
  fc.tuple(fc.constantFrom("W", "Ü", "😀", "ש", "*"), fc.integer({ min: 200, max: 2000 })).map(([unit, count]) => unit.repeat(count)),
  fc.array(fragment, { minLength: 30, maxLength: 120 }).map((parts) => parts.join("")),
);

const piece = fc.oneof(
  { weight: 6, arbitrary: fragment },
  { weight: 3, arbitrary: fc.string({ unit: syntaxChar, minLength: 1, maxLength: 12 }) },
  { weight: 2, arbitrary: fc.string({ unit: "grapheme", minLength: 1, maxLength: 12 }) },
  { weight: 2, arbitrary: fc.string({ unit: "binary", minLength: 1, maxLength: 8 }) },
  { weight: 1, arbitrary: fc.string({ unit: "binary-ascii", minLength: 1, maxLength: 8 }) },
  { weight: 3, arbitrary: fc.constantFrom("Example", "Zoom", "Kontaktformular", "newsletter", "a", "GmbH", "Inc.") },
);

// A policy has about fifty texts, so even a rare long one turns up in most policies.
const text = fc.oneof(
  { weight: 40, arbitrary: fc.array(piece, { minLength: 1, maxLength: 4 }).map((parts) => parts.join("")) },
  { weight: 1, arbitrary: longText },
);

/** Any non-empty text, most of it hostile. */
export function adversarialText(): fc.Arbitrary<string> {
  return text;
}
