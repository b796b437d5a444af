import type { Locale } from "../taxonomy/index.js";

/**
 * A language's typography where it differs from the separators compose writes between a label and
 * its value (": ") or between items ("; "): French puts a no-break space before a colon, a
 * semicolon, a question mark and an exclamation mark ("Courriel : …"). The messages space their own
 * text already; this pass reaches the separators that are the same in every language. A text
 * marked as in another language (an untranslated text from the policy) keeps its own typography.
 */
const rules: Partial<Record<Locale, (text: string) => string>> = {
  fr: (text) => text.replace(/(^|[^\s\u00a0])([:;?!])(?=\s|$)/gu, "$1\u00a0$2"),
};

/** The document's texts and titles set in its language's typography; the tree as it is where the language has no rule. */
export function typeset<T>(value: T, locale: Locale): T {
  const rule = rules[locale];
  return rule === undefined ? value : (walk(value, rule, locale) as T);
}

function walk(value: unknown, rule: (text: string) => string, locale: Locale): unknown {
  if (Array.isArray(value)) return value.map((item) => walk(item, rule, locale));
  if (value === null || typeof value !== "object") return value;
  const node = value as Record<string, unknown>;
  if (node.type === "text" && typeof node.value === "string") {
    const lang = (node.data as { lang?: string } | undefined)?.lang;
    return lang === undefined || lang === locale ? { ...node, value: rule(node.value) } : node;
  }
  // Code and addresses are not prose: a link's own text (an e-mail address, a URL) stays as written.
  if (node.type === "inlineCode" || node.type === "code" || node.type === "link") return node;
  const copy: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(node)) copy[key] = key === "title" && typeof inner === "string" ? rule(inner) : walk(inner, rule, locale);
  return copy;
}
