import type { Messages } from "./messages.js";

const number = (value: number): string => value.toLocaleString("nl");
const percent = new Intl.NumberFormat("nl", { style: "percent" });

// The keys keep their English names, as they are printed on Dutch keyboards (Ctrl, Space, Home).
export const nl: Messages = {
  languageName: "Nederlands",
  header: {
    title: "Privacyverklaring",
    version: (version) => `Versie ${version}`,
    effective: (date) => `geldig vanaf ${date}`,
    language: (name) => `Taal: ${name}`,
    warnings: (count) => (count === 1 ? "1 waarschuwing (w)" : `${count} waarschuwingen (w)`),
  },
  composing: "De privacyverklaring wordt opgesteld…",
  footer: {
    list: ["↑↓ bewegen", "Enter lezen", "/ zoeken", "Tab tekst", "d gegevens", "t doorgiften", "l taal"],
    text: ["↑↓ scrollen", "Space pagina", "← lijst", "/ zoeken", "d gegevens", "t doorgiften", "l taal"],
    pick: ["↑↓ kiezen", "Enter bekijken", "/ filteren", "Esc sluiten", "l taal"],
    answer: ["↑↓ scrollen", "← lijst", "/ filteren", "Esc sluiten", "l taal"],
    always: ["? hulp", "q afsluiten"],
    help: ["Esc of ? sluiten", "q afsluiten"],
    warnings: ["Esc of w sluiten", "q afsluiten"],
    scroll: "↑↓ scrollen",
  },
  panes: { sections: "Onderdelen", data: "Soorten gegevens", transfers: "Landen" },
  position: {
    section: (current, total) => `onderdeel ${number(current)} van ${number(total)}`,
    choice: (current, total) => `${number(current)} van ${number(total)}`,
    read: (share) => percent.format(share),
  },
  search: {
    prompt: "Zoeken: ",
    inputHint: "Enter zoeken · Esc annuleren",
    sections: (count) => (count === 1 ? "gevonden in 1 onderdeel" : `gevonden in ${number(count)} onderdelen`),
    match: (query, current, total) => `„${query}”: treffer ${number(current)} van ${number(total)}`,
    inSection: (query, current, total, section, sections) =>
      `„${query}”: treffer ${number(current)} van ${number(total)} in onderdeel ${number(section)} van ${number(sections)}`,
    inSections: (query, sections) => (sections === 1 ? `„${query}”: in 1 onderdeel` : `„${query}”: in ${number(sections)} onderdelen`),
    wrapped: { toFirst: "terug bij de eerste treffer", toLast: "terug bij de laatste treffer" },
    statusKeys: ["n volgende", "N vorige", "Esc wissen"],
    none: (query) => `„${query}” komt niet voor in de privacyverklaring`,
    noneKeys: ["/ opnieuw zoeken", "Esc wissen"],
  },
  filter: {
    prompt: "Filter: ",
    inputHint: "Enter toepassen · Esc wissen",
    shown: (shown, total) => `${number(shown)} van ${number(total)} getoond`,
    active: (text) => `gefilterd op „${text}”`,
    none: (text) => `Niets hier komt overeen met „${text}”.`,
  },
  warnings: {
    title: (count) => (count === 1 ? "1 waarschuwing over deze privacyverklaring" : `${count} waarschuwingen over deze privacyverklaring`),
    close: "Esc of w sluit deze lijst. policy validate toont elke waarschuwing met de regels waarin ze staat.",
  },
  help: {
    title: "Toetsen",
    keys: [
      ["↑ ↓  j k", "bewegen in de lijst, of door de tekst scrollen"],
      ["Enter  →", "het gekozen onderdeel openen"],
      ["←", "terug naar de lijst"],
      ["Tab", "wisselen tussen de lijst en de tekst"],
      ["PgUp PgDn  Space", "een pagina scrollen; aan het einde van een onderdeel gaat Space naar het volgende"],
      ["g  G  Home End", "begin en einde"],
      ["/", "alle diensten en onderdelen doorzoeken; in de weergaven gegevens en doorgiften de lijst filteren"],
      ["← →  Ctrl-A Ctrl-E", "in de zoekregel: de cursor verplaatsen"],
      ["Ctrl-U  Ctrl-W", "in de zoekregel: wissen tot het begin, het woord vóór de cursor wissen"],
      ["n  N", "volgende en vorige treffer"],
      ["d", "gegevens: welke diensten een soort gegevens verwerken"],
      ["t", "doorgiften: landen buiten de EU/EER en hun waarborgen"],
      ["l", "van taal wisselen"],
      ["?", "deze hulp"],
      ["w", "de waarschuwingen over de privacyverklaring, als die er zijn"],
      ["Esc", "terug: een weergave, de hulp of de zoekopdracht sluiten, of van de tekst naar de lijst gaan"],
      ["q  Ctrl-C", "afsluiten"],
    ],
    close: "Esc of ? sluit deze hulp.",
  },
};
