import { isLocalizedTextSchema } from "../model/localized-text.js";
import { ProcessorSchema, type Processor } from "../model/processor.js";
import type { Locale } from "../taxonomy/index.js";
import type { PathSegment } from "./path.js";
import { walkSchema } from "./schema-walk.js";

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

/**
 * A union one of whose options is a localized text: a transfer's recipient, a company's legal name
 * or a group of recipients in words ({ en, de }). The walk does not enter such a nested union, so it
 * is taken here; a name (a plain string) is no text to translate and is left out above.
 */
function holdsLocalizedText(schema: Parameters<typeof isLocalizedTextSchema>[0]): boolean {
  const def = schema._zod.def as { type: string; options?: readonly Parameters<typeof isLocalizedTextSchema>[0][] };
  return def.type === "union" && def.options?.some((option) => isLocalizedTextSchema(option)) === true;
}

/** The texts of a catalog entry that lack the language. */
export function untranslatedTexts(entry: Processor, locale: Locale): CatalogText[] {
  return catalogTexts(entry).filter(({ text }) => text[locale] === undefined);
}
