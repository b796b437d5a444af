import type { Messages } from "./messages.js";

export const de: Messages = {
  languageName: "Deutsch",
  header: {
    title: "Datenschutzerklärung",
    version: (version) => `Version ${version}`,
    effective: (date) => `gültig ab ${date}`,
    language: (name) => `Sprache: ${name}`,
  },
  composing: "Die Datenschutzerklärung wird erstellt…",
  footer: {
    browse: ["↑↓ bewegen", "Enter öffnen", "/ suchen", "Tab Bereich", "Bild↑/Bild↓ blättern", "d Daten", "t Übermittlungen", "l Sprache"],
    view: ["↑↓ wählen", "Esc schließen", "Enter/Tab Details", "Bild↑/Bild↓ blättern", "l Sprache"],
    always: ["? Hilfe", "q beenden"],
    help: ["Esc oder ? schließen", "q beenden"],
  },
  search: {
    prompt: "Suche: ",
    inputHint: "Enter suchen · Esc abbrechen",
    sections: (count) => (count === 1 ? "in 1 Abschnitt gefunden" : `in ${count} Abschnitten gefunden`),
    status: (query, current, total) => `„${query}“: Abschnitt ${current} von ${total}`,
    statusKeys: ["n weiter", "N zurück", "Esc aufheben"],
    none: (query) => `„${query}“ kommt in der Erklärung nicht vor`,
    noneKeys: ["/ neu suchen", "Esc aufheben"],
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
      ["/", "alle Dienste und Abschnitte durchsuchen"],
      ["n  N", "nächster und vorheriger Treffer"],
      ["d", "Daten: welche Dienste eine Art von Daten verarbeiten"],
      ["t", "Übermittlungen: Länder außerhalb der EU/des EWR und ihre Garantien"],
      ["l", "Sprache wechseln"],
      ["?", "diese Hilfe"],
      ["Esc", "zurück: Ansicht, Hilfe oder Suche schließen oder vom Text zur Liste gehen"],
      ["q  Strg-C", "beenden"],
    ],
    close: "Esc oder ? schließt diese Hilfe.",
  },
};
