import { safeLoadPolicy, type Catalog, type ParseOptions, type Policy, type PolicyIssue, type Processor } from "@policy/core";
import type { Input } from "./read-input.js";

export interface LoadedPolicy {
  readonly input: Input;
  /** Undefined when the file has errors. */
  readonly policy: Policy | undefined;
  /** Errors and warnings, in the order of the file. */
  readonly issues: readonly PolicyIssue[];
}

/**
 * Validates a policy's text, with the installed @policy/catalog for `processor: <id>` references,
 * and with `check` the compliance rules of `policy check` too.
 *
 * The whole catalog is some 50 modules, and a policy names a few of its entries. So the entries the
 * text appears to name are imported first, each from its own subpath (`@policy/catalog/zoom`,
 * which loads nothing else), and core looks them up in a catalog that notices when it is asked for
 * anything else: an entry that was not loaded, or the list of ids (to suggest one for a typo).
 * Then the text is validated again with the whole catalog, so the result is always the one the
 * whole catalog gives; the entries are only a faster way to it. An entry loaded on its own gets the
 * catalog's translations as the whole catalog's entries do.
 */
export async function loadPolicyText(input: Input, rules: Pick<ParseOptions, "check" | "ruleSettings"> = {}): Promise<LoadedPolicy> {
  const named = await namedEntries(input.text);
  let result = safeLoadPolicy(input.text, { filename: input.name, catalog: named.catalog, ...rules });
  if (named.wasNotEnough()) {
    const { catalog } = await import("@policy/catalog");
    result = safeLoadPolicy(input.text, { filename: input.name, catalog: ownEntries(catalog), ...rules });
  }
  return { input, policy: result.success ? result.policy : undefined, issues: result.issues };
}

/** `processor: zoom`, `"processor": "zoom"`, `{ processor: 'zoom' }`: what a reference to an entry looks like. */
const reference = /\bprocessor["']?\s*:\s*["']?([a-z0-9]+(?:-[a-z0-9]+)*)\b/g;

/** The catalog ids a policy's text names, each once, in the order they first appear. */
export function referencedIds(text: string): string[] {
  return [...new Set(Array.from(text.matchAll(reference), (match) => match[1] as string))];
}

interface NamedEntries {
  readonly catalog: Catalog;
  /** Whether core asked for more than the entries loaded. */
  readonly wasNotEnough: () => boolean;
}

async function namedEntries(text: string): Promise<NamedEntries> {
  const ids = referencedIds(text);
  const entries = ownEntries({});
  for (const [id, entry] of await Promise.all(ids.map(async (id) => [id, await importEntry(id)] as const))) {
    if (entry !== undefined) entries[id] = entry;
  }
  let notEnough = false;
  const asked = (key: string | symbol): void => {
    if (typeof key !== "string" || !Object.hasOwn(entries, key)) notEnough = true;
  };
  const catalog = new Proxy(entries, {
    get(target, key, receiver) {
      asked(key);
      return Reflect.get(target, key, receiver);
    },
    has(target, key) {
      asked(key);
      return Reflect.has(target, key);
    },
    getOwnPropertyDescriptor(target, key) {
      asked(key);
      return Reflect.getOwnPropertyDescriptor(target, key);
    },
    ownKeys(target) {
      notEnough = true;
      return Reflect.ownKeys(target);
    },
  });
  return { catalog, wasNotEnough: () => notEnough };
}

/**
 * The entries in an object without a prototype: core looks an id up with `catalog[id]`, and in a
 * plain object `processor: constructor` would find Object's constructor instead of no entry.
 */
function ownEntries(entries: Catalog): Record<string, Processor> {
  return Object.assign(Object.create(null) as Record<string, Processor>, entries);
}

/** One entry of the installed catalog by its id, or undefined when there is none by that id. */
async function importEntry(id: string): Promise<Processor | undefined> {
  try {
    const exports = (await import(`@policy/catalog/${id}`)) as Record<string, unknown>;
    const entry = Object.values(exports).find(
      (value): value is Processor => typeof value === "object" && value !== null && (value as { id?: unknown }).id === id,
    );
    // An entry file holds its texts as written, in English and German; the catalog's translations
    // add each further language, as they do for the whole catalog.
    if (entry === undefined) return undefined;
    const { translated } = await import("@policy/catalog/translations");
    return translated(entry);
  } catch {
    // Not an entry (or not loadable): the whole catalog, loaded next, says which.
    return undefined;
  }
}
