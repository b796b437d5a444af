import type { Messages } from "./messages.js";

export const en: Messages = {
  languageName: "English",
  header: {
    title: "Privacy policy",
    version: (version) => `Version ${version}`,
    effective: (date) => `effective ${date}`,
    language: (name) => `Language: ${name}`,
  },
  composing: "Composing the policy…",
  footer: {
    browse: ["↑↓ move", "Enter open", "/ search", "Tab pane", "PgUp/PgDn scroll", "d data", "t transfers", "l language"],
    view: ["↑↓ pick", "Esc close", "Enter/Tab details", "PgUp/PgDn scroll", "l language"],
    always: ["? help", "q quit"],
    help: ["Esc or ? close", "q quit"],
  },
  search: {
    prompt: "Search: ",
    inputHint: "Enter search · Esc cancel",
    sections: (count) => (count === 1 ? "found in 1 section" : `found in ${count} sections`),
    status: (query, current, total) => `“${query}”: section ${current} of ${total}`,
    statusKeys: ["n next", "N previous", "Esc clear"],
    none: (query) => `“${query}” is not in the policy`,
    noneKeys: ["/ search again", "Esc clear"],
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
      ["/", "search every service and section"],
      ["n  N", "next and previous match"],
      ["d", "data: which services process a kind of data"],
      ["t", "transfers: countries outside the EU/EEA and their safeguards"],
      ["l", "switch the language"],
      ["?", "this help"],
      ["Esc", "go back: close a view, the help or the search, or leave the text for the list"],
      ["q  Ctrl-C", "quit"],
    ],
    close: "Esc or ? closes this help.",
  },
};
