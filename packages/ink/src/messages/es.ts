import type { Messages } from "./messages.js";

// Spanish as written in Spain. The keys keep their names, as on a Spanish keyboard where it labels
// them in words: Espacio, RePág AvPág, Inicio Fin; Enter, Tab, Esc and Ctrl as they are.
const number = (value: number): string => value.toLocaleString("es-ES");
const percent = new Intl.NumberFormat("es-ES", { style: "percent" });

export const es: Messages = {
  languageName: "Español",
  header: {
    title: "Política de privacidad",
    version: (version) => `Versión ${version}`,
    effective: (date) => `vigente desde el ${date}`,
    language: (name) => `Idioma: ${name}`,
    warnings: (count) => (count === 1 ? "1 advertencia (w)" : `${count} advertencias (w)`),
  },
  composing: "Generando la política de privacidad…",
  footer: {
    list: ["↑↓ moverse", "Enter leer", "/ buscar", "Tab texto", "d datos", "t transferencias", "l idioma"],
    text: ["↑↓ desplazarse", "Espacio página", "← lista", "/ buscar", "d datos", "t transferencias", "l idioma"],
    pick: ["↑↓ elegir", "Enter detalles", "/ filtrar", "Esc cerrar", "l idioma"],
    answer: ["↑↓ desplazarse", "← lista", "/ filtrar", "Esc cerrar", "l idioma"],
    always: ["? ayuda", "q salir"],
    help: ["Esc o ? cerrar", "q salir"],
    warnings: ["Esc o w cerrar", "q salir"],
    scroll: "↑↓ desplazarse",
  },
  panes: { sections: "Secciones", data: "Tipos de datos", transfers: "Países" },
  position: {
    section: (current, total) => `sección ${number(current)} de ${number(total)}`,
    choice: (current, total) => `${number(current)} de ${number(total)}`,
    read: (share) => percent.format(share),
  },
  search: {
    prompt: "Buscar: ",
    inputHint: "Enter buscar · Esc cancelar",
    sections: (count) => (count === 1 ? "encontrado en 1 sección" : `encontrado en ${number(count)} secciones`),
    match: (query, current, total) => `«${query}»: resultado ${number(current)} de ${number(total)}`,
    inSection: (query, current, total, section, sections) =>
      `«${query}»: resultado ${number(current)} de ${number(total)} en la sección ${number(section)} de ${number(sections)}`,
    inSections: (query, sections) => (sections === 1 ? `«${query}»: en 1 sección` : `«${query}»: en ${number(sections)} secciones`),
    wrapped: { toFirst: "de nuevo en el primer resultado", toLast: "de nuevo en el último resultado" },
    statusKeys: ["n siguiente", "N anterior", "Esc borrar"],
    none: (query) => `«${query}» no aparece en la política`,
    noneKeys: ["/ buscar de nuevo", "Esc borrar"],
  },
  filter: {
    prompt: "Filtro: ",
    inputHint: "Enter aplicar · Esc descartar",
    shown: (shown, total) => `se muestran ${number(shown)} de ${number(total)}`,
    active: (text) => `filtrado por «${text}»`,
    none: (text) => `Aquí nada coincide con «${text}».`,
  },
  warnings: {
    title: (count) => (count === 1 ? "1 advertencia sobre esta política" : `${count} advertencias sobre esta política`),
    close: "Esc o w cierra esta lista. policy validate muestra cada advertencia con las líneas en las que aparece.",
  },
  help: {
    title: "Teclas",
    keys: [
      ["↑ ↓  j k", "moverse por la lista o desplazar el texto"],
      ["Enter  →", "abrir la sección seleccionada"],
      ["←", "volver a la lista"],
      ["Tab", "cambiar entre la lista y el texto"],
      ["RePág AvPág  Espacio", "avanzar o retroceder una página; al final de una sección, Espacio pasa a la siguiente"],
      ["g  G  Inicio Fin", "principio y final"],
      ["/", "buscar en todos los servicios y secciones; en las vistas de datos y de transferencias, filtrar la lista"],
      ["← →  Ctrl-A Ctrl-E", "en la línea de búsqueda: mover el cursor"],
      ["Ctrl-U  Ctrl-W", "en la línea de búsqueda: borrar hasta el principio, borrar la palabra anterior al cursor"],
      ["n  N", "resultado siguiente y anterior"],
      ["d", "datos: qué servicios tratan un tipo de datos"],
      ["t", "transferencias: países situados fuera de la UE o del EEE y sus garantías"],
      ["l", "cambiar de idioma"],
      ["?", "esta ayuda"],
      ["w", "las advertencias sobre la política, si las hay"],
      ["Esc", "volver: cerrar una vista, la ayuda o la búsqueda, o pasar del texto a la lista"],
      ["q  Ctrl-C", "salir"],
    ],
    close: "Esc o ? cierra esta ayuda.",
  },
};
