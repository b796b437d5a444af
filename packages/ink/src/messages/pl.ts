import type { Messages } from "./messages.js";

const number = (value: number): string => value.toLocaleString("pl");
const percent = new Intl.NumberFormat("pl", { style: "percent" });

/** A count with the Polish form of its noun: one (1), few (2–4, 22–24, …), many (5–21, 25–31, …). */
const plural = new Intl.PluralRules("pl");
const counted = (count: number, one: string, few: string, many: string): string => {
  const rule = plural.select(count);
  return `${number(count)} ${rule === "one" ? one : rule === "few" ? few : many}`;
};

export const pl: Messages = {
  languageName: "Polski",
  header: {
    title: "Polityka prywatności",
    version: (version) => `Wersja ${version}`,
    effective: (date) => `obowiązuje od ${date}`,
    language: (name) => `Język: ${name}`,
    warnings: (count) => `${counted(count, "ostrzeżenie", "ostrzeżenia", "ostrzeżeń")} (w)`,
  },
  composing: "Tworzenie polityki prywatności…",
  footer: {
    list: ["↑↓ przesuń", "Enter czytaj", "/ szukaj", "Tab tekst", "d dane", "t przekazania", "l język"],
    text: ["↑↓ przewiń", "Spacja strona", "← lista", "/ szukaj", "d dane", "t przekazania", "l język"],
    pick: ["↑↓ wybierz", "Enter szczegóły", "/ filtruj", "Esc zamknij", "l język"],
    answer: ["↑↓ przewiń", "← lista", "/ filtruj", "Esc zamknij", "l język"],
    always: ["? pomoc", "q zakończ"],
    help: ["Esc lub ? zamknij", "q zakończ"],
    warnings: ["Esc lub w zamknij", "q zakończ"],
    scroll: "↑↓ przewiń",
  },
  panes: { sections: "Sekcje", data: "Rodzaje danych", transfers: "Państwa" },
  position: {
    section: (current, total) => `sekcja ${number(current)} z ${number(total)}`,
    choice: (current, total) => `${number(current)} z ${number(total)}`,
    read: (share) => percent.format(share),
  },
  search: {
    prompt: "Szukaj: ",
    inputHint: "Enter szukaj · Esc anuluj",
    sections: (count) => (count === 1 ? "znaleziono w 1 sekcji" : `znaleziono w ${number(count)} sekcjach`),
    match: (query, current, total) => `„${query}”: wynik ${number(current)} z ${number(total)}`,
    inSection: (query, current, total, section, sections) =>
      `„${query}”: wynik ${number(current)} z ${number(total)} w sekcji ${number(section)} z ${number(sections)}`,
    inSections: (query, sections) => (sections === 1 ? `„${query}”: w 1 sekcji` : `„${query}”: w ${number(sections)} sekcjach`),
    wrapped: { toFirst: "powrót do pierwszego wyniku", toLast: "powrót do ostatniego wyniku" },
    statusKeys: ["n następny", "N poprzedni", "Esc wyczyść"],
    none: (query) => `„${query}” nie występuje w polityce prywatności`,
    noneKeys: ["/ szukaj ponownie", "Esc wyczyść"],
  },
  filter: {
    prompt: "Filtr: ",
    inputHint: "Enter zastosuj · Esc wyczyść",
    shown: (shown, total) => `wyświetlono ${number(shown)} z ${number(total)}`,
    active: (text) => `filtr: „${text}”`,
    none: (text) => `Nic tutaj nie pasuje do „${text}”.`,
  },
  warnings: {
    title: (count) => `${counted(count, "ostrzeżenie dotyczące", "ostrzeżenia dotyczące", "ostrzeżeń dotyczących")} tej polityki prywatności`,
    close: "Esc lub w zamyka tę listę. policy validate pokazuje każde ostrzeżenie wraz z wierszami, których dotyczy.",
  },
  help: {
    title: "Klawisze",
    keys: [
      ["↑ ↓  j k", "przesuwanie po liście lub przewijanie tekstu"],
      ["Enter  →", "otwarcie wybranej sekcji"],
      ["←", "powrót do listy"],
      ["Tab", "przełączanie między listą a tekstem"],
      ["PgUp PgDn  Spacja", "przewinięcie o stronę; na końcu sekcji Spacja przechodzi do następnej"],
      ["g  G  Home End", "początek i koniec"],
      ["/", "przeszukanie wszystkich usług i sekcji; w widokach danych i przekazań filtrowanie listy"],
      ["← →  Ctrl-A Ctrl-E", "w wierszu wyszukiwania: przesuwanie kursora"],
      ["Ctrl-U  Ctrl-W", "w wierszu wyszukiwania: usunięcie do początku, usunięcie słowa przed kursorem"],
      ["n  N", "następny i poprzedni wynik"],
      ["d", "dane: które usługi przetwarzają dany rodzaj danych"],
      ["t", "przekazania: państwa spoza UE/EOG i zabezpieczenia przekazań"],
      ["l", "zmiana języka"],
      ["?", "ta pomoc"],
      ["w", "ostrzeżenia dotyczące polityki prywatności, jeśli występują"],
      ["Esc", "powrót: zamknięcie widoku, pomocy lub wyszukiwania albo przejście z tekstu do listy"],
      ["q  Ctrl-C", "zakończenie"],
    ],
    close: "Esc lub ? zamyka tę pomoc.",
  },
};
