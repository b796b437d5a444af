import type { LocaleModel } from "./policy-model.js";
import { prepareEntryLines } from "./entry-lines.js";

/** How long one slice of the work may hold the event loop: keys wait at most this long for it. */
const sliceMs = 8;

/**
 * What the first visits would otherwise make while a key waits: the text of every kind of data and
 * every country in the data and transfers views, and of every section, at the width they are shown. Made in the background, a slice of a few milliseconds at a
 * time between keys, once a language is shown. Returns a function that stops it (on a resize, a
 * language change or when the viewer ends). Work a key needs before it is done is done then, once.
 */
export function warmUp(model: LocaleModel, width: number): () => void {
  const steps = work(model, width);
  let timer: NodeJS.Immediate | undefined;
  const slice = (): void => {
    const until = performance.now() + sliceMs;
    try {
      while (performance.now() < until) {
        if (steps.next().done === true) return;
      }
    } catch {
      // Thrown outside React, it would end the program with the terminal still in the viewer's
      // hands. The key that needs the same work meets the error in render, where it is reported.
      return;
    }
    timer = setImmediate(slice);
  };
  timer = setImmediate(slice);
  return () => {
    if (timer !== undefined) clearImmediate(timer);
  };
}

/** In the order a person is likely to need it: the data and transfers views, then moving to a large section. */
function* work(model: LocaleModel, width: number): Generator<void> {
  for (const view of ["data", "transfers"] as const) {
    const picker = model.index(view);
    for (let index = 0; index < picker.labels.length; index++) yield* picker.prepare(index, width);
  }
  // A search moves to its first match, which may be a section of 2,000 services: its text is laid out too.
  for (const entry of model.entries) yield* prepareEntryLines(entry, width);
}
