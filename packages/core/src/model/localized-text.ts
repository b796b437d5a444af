import * as z from "zod";
import { locales, type Locale } from "../taxonomy/index.js";

const TranslationsSchema = z
  .strictObject(Object.fromEntries(locales.map((locale) => [locale, z.string().min(1).optional()])) as Record<Locale, z.ZodOptional<z.ZodString>>)
  .meta({ description: "The text per language: { en: ..., de: ... }." });

/**
 * Free text written by the policy's author. A plain string serves a policy in one language;
 * a policy in several languages gives every text in each of them (checked after parsing).
 */
export const LocalizedTextSchema = z
  .union([z.string().min(1), TranslationsSchema])
  .meta({ description: "Text in the policy's language, or one text per language ({ en, de })." });

export type LocalizedText = z.output<typeof LocalizedTextSchema>;

/** Whether a schema is a localized text (also after `.meta()`, which copies the union). */
export function isLocalizedTextSchema(schema: z.core.$ZodType): boolean {
  const def = schema._zod.def as { type: string; options?: readonly unknown[] };
  return def.type === "union" && def.options?.includes(TranslationsSchema) === true;
}
