import { messagesFor } from "../compose/messages/index.js";
import {
  ccpaCategories,
  ccpaSensitiveCategories,
  dataCategories,
  dataSubjects,
  legalBases,
  purposes,
  rights,
  specialCategoryConditions,
  transferGrounds,
  isSourceLocale,
  type Locale,
} from "../taxonomy/index.js";
import { sameAsEnglish } from "./same-as-english.js";
import { compareTexts, type TextCoverage } from "./text-coverage.js";

const taxonomies = {
  dataCategories,
  purposes,
  dataSubjects,
  legalBases,
  specialCategoryConditions,
  transferGrounds,
  rights,
  ccpaCategories,
  ccpaSensitiveCategories,
} as const;

const textFields = ["label", "inSentence", "description", "citation"] as const;

/** The taxonomy's texts in one language, as a tree: list → id → field → text. */
function taxonomyIn(locale: Locale): Record<string, Record<string, Record<string, string>>> {
  return Object.fromEntries(
    Object.entries(taxonomies).map(([name, entries]) => [
      name,
      Object.fromEntries(
        entries.map((entry) => [
          entry.id,
          Object.fromEntries(
            textFields.flatMap((field) =>
              field in entry ? [[field, (entry as unknown as Record<string, Record<Locale, string>>)[field]![locale]]] : [],
            ),
          ),
        ]),
      ),
    ]),
  );
}

// A US statute is cited as it cites itself, in every language: "Cal. Civ. Code § 1798.140(v)(1)(A)".
const keptAsWritten = (text: string): boolean => /^Cal\. Civ\. Code § /.test(text);

/** How much of the text core writes a language has: the policy's messages, and the taxonomy's labels. */
export function localeCoverage(locale: Locale): { readonly messages: TextCoverage; readonly taxonomy: TextCoverage } {
  // The source languages are written, not translated: only a missing text counts there.
  const source = isSourceLocale(locale);
  const same = (text: string) => source || sameAsEnglish[locale].includes(text);
  return {
    messages: compareTexts({ en: messagesFor("en"), de: messagesFor("de"), target: messagesFor(locale) }, same),
    taxonomy: compareTexts({ en: taxonomyIn("en"), de: taxonomyIn("de"), target: taxonomyIn(locale) }, (text) => same(text) || keptAsWritten(text)),
  };
}
