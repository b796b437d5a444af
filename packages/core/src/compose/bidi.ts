// Unicode's directional formatting characters (UAX #9): the embeddings and overrides (LRE, RLE,
// PDF, LRO, RLO), the isolates (LRI, RLI, FSI, PDI) and the marks (LRM, RLM, ALM).
const embeddingOpeners = /[\u202A\u202B\u202D\u202E]/gu;
const isolateOpeners = /[\u2066\u2067\u2068]/gu;
const directional = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/u;

const firstStrongIsolate = "\u2068";
const popDirectionalIsolate = "\u2069";
const popDirectionalFormatting = "\u202C";

/**
 * A value from the policy, fenced so that its directional characters act on itself only. A name
 * with a U+202E (right-to-left override) would otherwise reverse the sentence around it: "…GmbH
 * ruoy sessecorp". Such a value is put in a first-strong isolate (FSI … PDI), after closing every
 * embedding, override and isolate it opens; the value's characters are all kept. Text without
 * directional characters (ours, and nearly every policy's) is returned as it is.
 */
export function isolateDirection(value: string): string {
  if (!directional.test(value)) return value;
  const embeddings = Math.max(0, count(value, embeddingOpeners) - count(value, /\u202C/gu));
  const isolates = Math.max(0, count(value, isolateOpeners) - count(value, /\u2069/gu));
  return firstStrongIsolate + value + popDirectionalFormatting.repeat(embeddings) + popDirectionalIsolate.repeat(isolates) + popDirectionalIsolate;
}

function count(value: string, pattern: RegExp): number {
  return value.match(pattern)?.length ?? 0;
}
