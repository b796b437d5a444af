import type { Messages } from "./messages.js";

// Italiano: i suggerimenti dei tasti all'infinito, registro neutro accanto al «Lei» del testo. I tasti
// sono gli stessi; i nomi sono quelli delle tastiere italiane (Pag↑, Spazio, Inizio, Fine) e le
// combinazioni si scrivono con «+» (Ctrl+C), come nella documentazione italiana.

const number = (value: number): string => value.toLocaleString("it");
const percent = new Intl.NumberFormat("it", { style: "percent" });

export const it: Messages = {
  languageName: "Italiano",
  header: {
    title: "Informativa sul trattamento dei dati personali",
    version: (version) => `Versione ${version}`,
    effective: (date) => `in vigore ${/^(?:8|11)\s/u.test(date) ? "dall'" : "dal "}${date}`,
    language: (name) => `Lingua: ${name}`,
    warnings: (count) => (count === 1 ? "1 avviso (w)" : `${count} avvisi (w)`),
  },
  composing: "Composizione dell'informativa in corso…",
  footer: {
    list: ["↑↓ spostarsi", "Enter leggere", "/ cercare", "Tab testo", "d dati", "t trasferimenti", "l lingua"],
    text: ["↑↓ scorrere", "Spazio pagina", "← elenco", "/ cercare", "d dati", "t trasferimenti", "l lingua"],
    pick: ["↑↓ scegliere", "Enter dettagli", "/ filtrare", "Esc chiudere", "l lingua"],
    answer: ["↑↓ scorrere", "← elenco", "/ filtrare", "Esc chiudere", "l lingua"],
    always: ["? aiuto", "q uscire"],
    help: ["Esc o ? chiudere", "q uscire"],
    warnings: ["Esc o w chiudere", "q uscire"],
    scroll: "↑↓ scorrere",
  },
  panes: { sections: "Sezioni", data: "Tipi di dati", transfers: "Paesi" },
  position: {
    section: (current, total) => `sezione ${number(current)} di ${number(total)}`,
    choice: (current, total) => `${number(current)} di ${number(total)}`,
    read: (share) => percent.format(share),
  },
  search: {
    prompt: "Cerca: ",
    inputHint: "Enter cercare · Esc annullare",
    sections: (count) => (count === 1 ? "trovato in 1 sezione" : `trovato in ${number(count)} sezioni`),
    match: (query, current, total) => `«${query}»: risultato ${number(current)} di ${number(total)}`,
    inSection: (query, current, total, section, sections) =>
      `«${query}»: risultato ${number(current)} di ${number(total)} nella sezione ${number(section)} di ${number(sections)}`,
    inSections: (query, sections) => (sections === 1 ? `«${query}»: in 1 sezione` : `«${query}»: in ${number(sections)} sezioni`),
    wrapped: { toFirst: "di nuovo al primo risultato", toLast: "di nuovo all'ultimo risultato" },
    statusKeys: ["n successivo", "N precedente", "Esc annullare"],
    none: (query) => `«${query}» non compare nell'informativa`,
    noneKeys: ["/ nuova ricerca", "Esc annullare"],
  },
  filter: {
    prompt: "Filtro: ",
    inputHint: "Enter applicare · Esc annullare",
    shown: (shown, total) => `${number(shown)} di ${number(total)} visualizzati`,
    active: (text) => `filtrato per «${text}»`,
    none: (text) => `Qui nulla corrisponde a «${text}».`,
  },
  warnings: {
    title: (count) => (count === 1 ? "1 avviso su questa informativa" : `${count} avvisi su questa informativa`),
    close: "Esc o w chiude questo elenco. policy validate mostra ogni avviso con le righe in cui si trova.",
  },
  help: {
    title: "Tasti",
    keys: [
      ["↑ ↓  j k", "spostarsi nell'elenco o scorrere il testo"],
      ["Enter  →", "aprire la sezione selezionata"],
      ["←", "tornare all'elenco"],
      ["Tab", "passare dall'elenco al testo e viceversa"],
      ["Pag↑ Pag↓  Spazio", "scorrere di una pagina; alla fine di una sezione, Spazio passa alla successiva"],
      ["g  G  Inizio Fine", "inizio e fine"],
      ["/", "cercare in tutti i servizi e in tutte le sezioni; nelle viste dei dati e dei trasferimenti, filtrare l'elenco"],
      ["← →  Ctrl+A Ctrl+E", "nella riga di ricerca: spostare il cursore"],
      ["Ctrl+U  Ctrl+W", "nella riga di ricerca: cancellare fino all'inizio, cancellare la parola prima del cursore"],
      ["n  N", "risultato successivo e precedente"],
      ["d", "dati: quali servizi trattano un tipo di dati"],
      ["t", "trasferimenti: paesi al di fuori dell'UE/SEE e relative garanzie"],
      ["l", "cambiare lingua"],
      ["?", "questo aiuto"],
      ["w", "gli avvisi sull'informativa, se ce ne sono"],
      ["Esc", "tornare indietro: chiudere una vista, l'aiuto o la ricerca, oppure passare dal testo all'elenco"],
      ["q  Ctrl+C", "uscire"],
    ],
    close: "Esc o ? chiude questo aiuto.",
  },
};
