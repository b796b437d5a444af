import type { Schema } from "hast-util-sanitize";

/**
 * Everything section content may become in HTML, and nothing more. `cleanContent` already keeps
 * only what the renderer knows; this allow-list, applied by hast-util-sanitize to the converted
 * content, is the second line: an element or attribute outside it cannot reach the page, whatever
 * a bug upstream lets through. Ids are not allowed at all: the renderer sets them on its own
 * elements (sections and headings), outside the content.
 */
export const contentSchema: Schema = {
  tagNames: [
    "p",
    "br",
    "a",
    "strong",
    "em",
    "del",
    "code",
    "pre",
    "ul",
    "ol",
    "li",
    "blockquote",
    "hr",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "address",
    "span",
    "div",
    "table",
    "caption",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
  ],
  attributes: {
    a: ["href", ["rel", "noopener", "noreferrer"]],
    span: ["lang", ["className", "policy-long-word"]],
    ol: ["start"],
    th: [["scope", "col", "row"]],
    td: ["dataLabel"],
    div: [["className", "policy-table"], ["role", "region"], ["tabIndex", 0], "ariaLabel"],
  },
  ancestors: { caption: ["table"], thead: ["table"], tbody: ["table"], tr: ["table"], th: ["table"], td: ["table"], li: ["ul", "ol"] },
  protocols: { href: ["http", "https", "mailto", "tel"] },
  clobber: [],
  strip: ["script", "style"],
  allowComments: false,
  allowDoctypes: false,
};
