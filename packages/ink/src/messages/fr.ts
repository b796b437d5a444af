import type { Messages } from "./messages.js";

// Français : l'infinitif des interfaces françaises ; les touches comme les nomment les claviers
// et les logiciels français (Espace, Pg préc, Début, Ctrl+C).

const number = (value: number): string => value.toLocaleString("fr");
const percent = new Intl.NumberFormat("fr", { style: "percent" });

export const fr: Messages = {
  languageName: "Français",
  header: {
    title: "Politique de confidentialité",
    version: (version) => `Version ${version}`,
    effective: (date) => `en vigueur à compter du ${date}`,
    language: (name) => `Langue\u00a0: ${name}`,
    warnings: (count) => (count === 1 ? "1 avertissement (w)" : `${number(count)} avertissements (w)`),
  },
  composing: "Création de la politique de confidentialité…",
  footer: {
    list: ["↑↓ se déplacer", "Enter lire", "/ rechercher", "Tab texte", "d données", "t transferts", "l langue"],
    text: ["↑↓ défiler", "Espace page", "← liste", "/ rechercher", "d données", "t transferts", "l langue"],
    pick: ["↑↓ choisir", "Enter détails", "/ filtrer", "Esc fermer", "l langue"],
    answer: ["↑↓ défiler", "← liste", "/ filtrer", "Esc fermer", "l langue"],
    always: ["? aide", "q quitter"],
    help: ["Esc ou ? fermer", "q quitter"],
    warnings: ["Esc ou w fermer", "q quitter"],
    scroll: "↑↓ défiler",
  },
  panes: { sections: "Rubriques", data: "Types de données", transfers: "Pays" },
  position: {
    section: (current, total) => `Section ${number(current)} sur ${number(total)}`,
    choice: (current, total) => `${number(current)} sur ${number(total)}`,
    read: (share) => percent.format(share),
  },
  search: {
    prompt: "Rechercher\u00a0: ",
    inputHint: "Enter rechercher · Esc annuler",
    sections: (count) => (count === 1 ? "trouvé dans 1 section" : `trouvé dans ${number(count)} sections`),
    match: (query, current, total) => `«\u00a0${query}\u00a0»\u00a0: résultat ${number(current)} sur ${number(total)}`,
    inSection: (query, current, total, section, sections) =>
      `«\u00a0${query}\u00a0»\u00a0: résultat ${number(current)} sur ${number(total)} dans la section ${number(section)} sur ${number(sections)}`,
    inSections: (query, sections) =>
      sections === 1 ? `«\u00a0${query}\u00a0»\u00a0: dans 1 section` : `«\u00a0${query}\u00a0»\u00a0: dans ${number(sections)} sections`,
    wrapped: { toFirst: "retour au premier résultat", toLast: "retour au dernier résultat" },
    statusKeys: ["n suivant", "N précédent", "Esc effacer"],
    none: (query) => `«\u00a0${query}\u00a0» ne figure pas dans la politique`,
    noneKeys: ["/ nouvelle recherche", "Esc effacer"],
  },
  filter: {
    prompt: "Filtrer\u00a0: ",
    inputHint: "Enter appliquer · Esc abandonner",
    shown: (shown, total) => `${number(shown)} sur ${number(total)} affichés`,
    active: (text) => `filtré sur «\u00a0${text}\u00a0»`,
    none: (text) => `Rien ici ne correspond à «\u00a0${text}\u00a0».`,
  },
  warnings: {
    title: (count) => (count === 1 ? "1 avertissement sur cette politique" : `${number(count)} avertissements sur cette politique`),
    close: "Esc ou w ferme cette liste. policy validate affiche chaque avertissement avec les lignes où il se trouve.",
  },
  help: {
    title: "Touches",
    keys: [
      ["↑ ↓  j k", "se déplacer dans la liste ou faire défiler le texte"],
      ["Enter  →", "ouvrir la section choisie"],
      ["←", "revenir à la liste"],
      ["Tab", "passer de la liste au texte et inversement"],
      ["Pg préc Pg suiv  Espace", "défiler d'une page ; à la fin d'une section, Espace passe à la suivante"],
      ["g  G  Début Fin", "début et fin"],
      ["/", "rechercher dans tous les services et toutes les sections ; dans les vues « données » et « transferts », filtrer la liste"],
      ["← →  Ctrl+A Ctrl+E", "dans la ligne de recherche : déplacer le curseur"],
      ["Ctrl+U  Ctrl+W", "dans la ligne de recherche : effacer jusqu'au début, effacer le mot avant le curseur"],
      ["n  N", "résultat suivant et précédent"],
      ["d", "données : quels services traitent un type de données"],
      ["t", "transferts : pays hors de l'UE/EEE et leurs garanties"],
      ["l", "changer de langue"],
      ["?", "cette aide"],
      ["w", "les avertissements sur la politique, s'il y en a"],
      ["Esc", "revenir en arrière : fermer une vue, l'aide ou la recherche, ou quitter le texte pour la liste"],
      ["q  Ctrl+C", "quitter"],
    ],
    close: "Esc ou ? ferme cette aide.",
  },
};
