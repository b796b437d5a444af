import type { Messages } from "./messages.js";

const number = (value: number): string => value.toLocaleString("en");
const percent = new Intl.NumberFormat("en", { style: "percent" });

export const en: Messages = {
  languageName: "English",
  header: {
    title: "Privacy policy",
    version: (version) => `Version ${version}`,
    effective: (date) => `effective ${date}`,
    language: (name) => `Language: ${name}`,
    warnings: (count) => (count === 1 ? "1 warning (w)" : `${count} warnings (w)`),
  },
  composing: "Composing the policy…",
  footer: {
    list: ["↑↓ move", "Enter read", "/ search", "Tab text", "d data", "t transfers", "l language"],
    text: ["↑↓ scroll", "Space page", "← list", "/ search", "d data", "t transfers", "l language"],
    pick: ["↑↓ pick", "Enter details", "/ filter", "Esc close", "l language"],
    answer: ["↑↓ scroll", "← list", "/ filter", "Esc close", "l language"],
    always: ["? help", "q quit"],
    help: ["Esc or ? close", "q quit"],
    warnings: ["Esc or w close", "q quit"],
    scroll: "↑↓ scroll",
  },
  panes: { sections: "Sections", data: "Kinds of data", transfers: "Countries" },
  position: {
    section: (current, total) => `section ${number(current)} of ${number(total)}`,
    choice: (current, total) => `${number(current)} of ${number(total)}`,
    read: (share) => percent.format(share),
  },
  search: {
    prompt: "Search: ",
    inputHint: "Enter search · Esc cancel",
    sections: (count) => (count === 1 ? "found in 1 section" : `found in ${number(count)} sections`),
    match: (query, current, total) => `“${query}”: match ${number(current)} of ${number(total)}`,
    inSection: (query, current, total, section, sections) =>
      `“${query}”: match ${number(current)} of ${number(total)} in section ${number(section)} of ${number(sections)}`,
    inSections: (query, sections) => (sections === 1 ? `“${query}”: in 1 section` : `“${query}”: in ${number(sections)} sections`),
    wrapped: { toFirst: "wrapped to the first match", toLast: "wrapped to the last match" },
    statusKeys: ["n next", "N previous", "Esc clear"],
    none: (query) => `“${query}” is not in the policy`,
    noneKeys: ["/ search again", "Esc clear"],
  },
  filter: {
    prompt: "Filter: ",
    inputHint: "Enter keep · Esc clear",
    shown: (shown, total) => `${number(shown)} of ${number(total)} shown`,
    active: (text) => `filtered by “${text}”`,
    none: (text) => `Nothing here matches “${text}”.`,
  },
  warnings: {
    title: (count) => (count === 1 ? "1 warning about this policy" : `${count} warnings about this policy`),
    close: "Esc or w closes this list. policy validate shows each warning with the lines it is on.",
  },
  help: {
    title: "Keys",
    keys: [
      ["↑ ↓  j k", "move in the list, or scroll the text"],
      ["Enter  →", "open the selected section"],
      ["←", "back to the list"],
      ["Tab", "switch between the list and the text"],
      ["PgUp PgDn  Space", "scroll a page; at the end of a section, Space goes on to the next"],
      ["g  G  Home End", "top and bottom"],
      ["/", "search every service and section; in the data and transfers views, filter the list"],
      ["← →  Ctrl-A Ctrl-E", "in the search line: move the cursor"],
      ["Ctrl-U  Ctrl-W", "in the search line: delete to its start, delete the word before the cursor"],
      ["n  N", "next and previous match"],
      ["d", "data: which services process a kind of data"],
      ["t", "transfers: countries outside the EU/EEA and their safeguards"],
      ["l", "switch the language"],
      ["?", "this help"],
      ["w", "the warnings about the policy, where there are any"],
      ["Esc", "go back: close a view, the help or the search, or leave the text for the list"],
      ["q  Ctrl-C", "quit"],
    ],
    close: "Esc or ? closes this help.",
  },
};
