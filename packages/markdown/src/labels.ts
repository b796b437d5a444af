import type { Locale } from "@policy/core";

/** The few words the renderer adds itself; all other text comes from the document. */
export const labels: Readonly<Record<Locale, { readonly contents: string }>> = {
  en: { contents: "Contents" },
  de: { contents: "Inhalt" },
};
