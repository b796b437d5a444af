import type * as z from "zod";
import { isLocalizedTextSchema } from "../model/localized-text.js";
import { ProcessorSchema, type Processor } from "../model/processor.js";
import type { Locale } from "../taxonomy/index.js";
import type { PathSegment } from "./path.js";
import { unwrap, walkSchema } from "./schema-walk.js";

/** One text of a catalog entry given per language, and where in the entry it stands. */
export interface CatalogText {
  readonly segments: readonly PathSegment[];
  readonly text: Readonly<Partial<Record<Locale, string>>>;
}

/**
 * Every text of a catalog entry that is given per language ({ en, de, ... }). A plain string (a
 * product's name) reads the same in every language and is not among them.
 */
export function catalogTexts(entry: Processor): CatalogText[] {
  const found: CatalogText[] = [];
  walkSchema(ProcessorSchema, entry, (schema, value, segments) => {
    if (!isLocalizedTextSchema(schema) && !holdsLocalizedText(schema)) return;
    if (value !== null && typeof value === "object") found.push({ segments, text: value as CatalogText["text"] });
    return "skip";
  });
  return found;
}

/** The texts of a catalog entry that lack the language. */
export function untranslatedTexts(entry: Processor, locale: Locale): CatalogText[] {
  return catalogTexts(entry).filter(({ text }) => text[locale] === undefined);
}

/**
 * A union with a localized text among its options: a transfer's recipient, a company's legal name
 * (a plain string, in no language) or a group of recipients in words ({ en, de, ... }), which is
 * a text of the entry like any other.
 */
function holdsLocalizedText(schema: z.core.$ZodType): boolean {
  const def = schema._zod.def as { type: string; options?: readonly z.core.$ZodType[] };
  return def.type === "union" && def.options?.some((option) => isLocalizedTextSchema(unwrap(option))) === true;
}
