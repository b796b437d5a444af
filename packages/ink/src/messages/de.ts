import type { Messages } from "./messages.js";

const number = (value: number): string => value.toLocaleString("de");
const percent = new Intl.NumberFormat("de", { style: "percent" });

export const de: Messages = {
  languageName: "Deutsch",
  header: {
    title: "Datenschutzerklärung",
    version: (version) => `Version ${version}`,
    effective: (date) => `gültig ab ${date}`,
    language: (name) => `Sprache: ${name}`,
    warnings: (count) => (count === 1 ? "1 Warnung (w)" : `${count} Warnungen (w)`),
  },
  composing: "Die Datenschutzerklärung wird erstellt…",
  footer: {
    list: ["↑↓ bewegen", "Enter lesen", "/ suchen", "Tab Text", "d Daten", "t Übermittlungen", "l Sprache"],
    text: ["↑↓ blättern", "Leertaste Seite", "← Liste", "/ suchen", "d Daten", "t Übermittlungen", "l Sprache"],
    pick: ["↑↓ wählen", "Enter Details", "/ filtern", "Esc schließen", "l Sprache"],
    answer: ["↑↓ blättern", "← Liste", "/ filtern", "Esc schließen", "l Sprache"],
    always: ["? Hilfe", "q beenden"],
    help: ["Esc oder ? schließen", "q beenden"],
    warnings: ["Esc oder w schließen", "q beenden"],
    scroll: "↑↓ blättern",
  },
  panes: { sections: "Abschnitte", data: "Arten von Daten", transfers: "Länder" },
  position: {
    section: (current, total) => `Abschnitt ${number(current)} von ${number(total)}`,
    choice: (current, total) => `${number(current)} von ${number(total)}`,
    read: (share) => percent.format(share),
  },
  search: {
    prompt: "Suche: ",
    inputHint: "Enter suchen · Esc abbrechen",
    sections: (count) => (count === 1 ? "in 1 Abschnitt gefunden" : `in ${number(count)} Abschnitten gefunden`),
    match: (query, current, total) => `„${query}“: Treffer ${number(current)} von ${number(total)}`,
    inSection: (query, current, total, section, sections) =>
      `„${query}“: Treffer ${number(current)} von ${number(total)} in Abschnitt ${number(section)} von ${number(sections)}`,
    inSections: (query, sections) => (sections === 1 ? `„${query}“: in 1 Abschnitt` : `„${query}“: in ${number(sections)} Abschnitten`),
    wrapped: { toFirst: "wieder beim ersten Treffer", toLast: "wieder beim letzten Treffer" },
    statusKeys: ["n weiter", "N zurück", "Esc aufheben"],
    none: (query) => `„${query}“ kommt in der Erklärung nicht vor`,
    noneKeys: ["/ neu suchen", "Esc aufheben"],
  },
  filter: {
    prompt: "Filter: ",
    inputHint: "Enter übernehmen · Esc verwerfen",
    shown: (shown, total) => `${number(shown)} von ${number(total)} angezeigt`,
    active: (text) => `gefiltert nach „${text}“`,
    none: (text) => `Hier passt nichts zu „${text}“.`,
  },
  warnings: {
    title: (count) => (count === 1 ? "1 Warnung zu dieser Erklärung" : `${count} Warnungen zu dieser Erklärung`),
    close: "Esc oder w schließt diese Liste. policy validate zeigt jede Warnung mit den Zeilen, in denen sie steht.",
  },
  help: {
    title: "Tasten",
    keys: [
      ["↑ ↓  j k", "in der Liste bewegen oder den Text blättern"],
      ["Enter  →", "den gewählten Abschnitt öffnen"],
      ["←", "zurück zur Liste"],
      ["Tab", "zwischen Liste und Text wechseln"],
      ["Bild↑ Bild↓  Leertaste", "eine Seite blättern; am Ende eines Abschnitts führt die Leertaste zum nächsten"],
      ["g  G  Pos1 Ende", "Anfang und Ende"],
      ["/", "alle Dienste und Abschnitte durchsuchen; in den Ansichten „Daten“ und „Übermittlungen“ die Liste filtern"],
      ["← →  Strg-A Strg-E", "in der Suchzeile: den Cursor bewegen"],
      ["Strg-U  Strg-W", "in der Suchzeile: bis zum Anfang löschen, das Wort vor dem Cursor löschen"],
      ["n  N", "nächster und vorheriger Treffer"],
      ["d", "Daten: welche Dienste eine Art von Daten verarbeiten"],
      ["t", "Übermittlungen: Länder außerhalb der EU/des EWR und ihre Garantien"],
      ["l", "Sprache wechseln"],
      ["?", "diese Hilfe"],
      ["w", "die Warnungen zur Erklärung, wo es welche gibt"],
      ["Esc", "zurück: Ansicht, Hilfe oder Suche schließen oder vom Text zur Liste gehen"],
      ["q  Strg-C", "beenden"],
    ],
    close: "Esc oder ? schließt diese Hilfe.",
  },
};
