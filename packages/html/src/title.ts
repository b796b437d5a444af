import type { Locale } from "@policy/core/render";
import type { ElementContent } from "hast";
import { element } from "./element.js";

/**
 * A title as heading or link text: one line (a line ending in a name is a space here), and in its
 * own language where compose says it is not in the document's (a section's `titleLang`).
 */
export function titleContent(title: string, lang?: Locale): ElementContent[] {
  const text: ElementContent = { type: "text", value: title.replace(/\s*[\r\n]+\s*/g, " ").trim() };
  return lang === undefined ? [text] : [element("span", { lang }, [text])];
}
