/** How much of one body of text (messages, labels) a language has. */
export interface TextCoverage {
  readonly total: number;
  readonly translated: number;
  /** Where a text is missing, or is the English one unchanged: "titles.rights", "purposes.marketing.label". */
  readonly untranslated: readonly string[];
}

type Tree = { readonly [key: string]: unknown };

/**
 * Compares a language's texts with the English ones they translate, leaf by leaf: a string, or a
 * function (a message with values, which the typecheck keeps in step). A string that is the
 * English one unchanged counts as untranslated, unless English and German share it too (a name,
 * an international word), or it is on the language's list of texts that stay as written.
 */
export function compareTexts(
  texts: { readonly en: unknown; readonly de: unknown; readonly target: unknown },
  keep: (text: string) => boolean = () => false,
): TextCoverage {
  const untranslated: string[] = [];
  let total = 0;
  const visit = (en: unknown, de: unknown, target: unknown, path: string): void => {
    if (typeof en === "string" || typeof en === "function") {
      total += 1;
      const missing = typeof target !== typeof en || target === "";
      const copied = typeof en === "string" && target === en && de !== en && !keep(en);
      if (missing || copied) untranslated.push(path);
      return;
    }
    if (en === null || typeof en !== "object") return;
    for (const [key, value] of Object.entries(en as Tree)) {
      visit(value, (de as Tree | undefined)?.[key], (target as Tree | undefined)?.[key], path === "" ? key : `${path}.${key}`);
    }
  };
  visit(texts.en, texts.de, texts.target, "");
  return { total, translated: total - untranslated.length, untranslated };
}

/** The share translated, in whole per cent, rounded down: 100 only when nothing is missing. */
export function percentOf(coverage: Pick<TextCoverage, "total" | "translated">): number {
  return coverage.total === 0 ? 100 : Math.floor((coverage.translated * 100) / coverage.total);
}
