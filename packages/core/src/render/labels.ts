import type { Locale } from "../taxonomy/index.js";

/** The few words a renderer adds itself, by language; all other text comes from the document. */
export const defaultLabels: Readonly<Record<Locale, { readonly contents: string }>> = {
  en: { contents: "Contents" },
  de: { contents: "Inhalt" },
  es: { contents: "Índice" },
  nl: { contents: "Inhoud" },
  pl: { contents: "Spis treści" },
  fr: { contents: "Sommaire" },
  it: { contents: "Indice" },
};
