import type { Locale } from "@policy/core";

/** The few words the HTML renderer adds itself; all policy prose comes from compose. */
export const labels: Record<Locale, { readonly contents: string }> = {
  en: { contents: "Contents" },
  de: { contents: "Inhalt" },
};
