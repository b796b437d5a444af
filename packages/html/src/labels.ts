import type { Locale } from "@policy/core/render";

/**
 * The words only the HTML page adds, by language (the others, like "Contents", are core's
 * `defaultLabels`). A `Record` over every locale: a language core adds is a type error here until
 * it is translated.
 */
export const htmlLabels: Readonly<Record<Locale, { readonly skipLink: string; readonly tocToggle: string }>> = {
  en: { skipLink: "Skip to content", tocToggle: "All sections" },
  de: { skipLink: "Zum Inhalt springen", tocToggle: "Alle Abschnitte" },
  es: { skipLink: "Ir al contenido", tocToggle: "Todas las secciones" },
  nl: { skipLink: "Naar de inhoud", tocToggle: "Alle onderdelen" },
  pl: { skipLink: "Przejdź do treści", tocToggle: "Wszystkie sekcje" },
  fr: { skipLink: "Aller au contenu", tocToggle: "Toutes les sections" },
  it: { skipLink: "Vai al contenuto", tocToggle: "Tutte le sezioni" },
};
