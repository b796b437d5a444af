import { readFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { ProcessorSchema, type Policy, type Processor } from "@policy/core";
import { referencedIds } from "./load-policy-file.js";
import { describeFileError } from "./read-input.js";
import { UserError } from "./user-error.js";

/**
 * The catalog facts a rendering was made from: each catalog entry the policy names, as it was.
 * `policy render` writes it beside its outputs (`<name>.lock.json`); `policy diff --catalog` reads
 * it to show what a catalog update changes in the policy, and `policy render --check` to say
 * whether a stale file comes from the policy or from the catalog.
 */
export interface CatalogLock {
  readonly lockfileVersion: 1;
  readonly catalog: Readonly<Record<string, Processor>>;
}

/** The lock of a policy resolved from this text: the entries it names that the catalog had. */
export function lockOf(text: string, policy: Policy): CatalogLock {
  const named = new Set(referencedIds(text));
  // Self-hosted software is a catalog entry too, though no provider: its cookies and data come from the catalog.
  const used = policy.services.flatMap((service) => {
    const entry = service.processor ?? service.software;
    return entry !== null && named.has(entry.id) ? [entry] : [];
  });
  return { lockfileVersion: 1, catalog: Object.fromEntries(used.sort((a, b) => (a.id < b.id ? -1 : 1)).map((entry) => [entry.id, entry])) };
}

/** The lock as its file holds it: JSON with its keys in a fixed order, so the same facts give the same bytes. */
export function lockText(lock: CatalogLock): string {
  return `${JSON.stringify(sorted(lock), null, 2)}\n`;
}

/** Where the lock of a rendering goes: beside its first output, named after the policy file. */
export function lockPath(input: string | undefined, firstOutput: string): string {
  const name = input === undefined ? "policy" : basename(input).replace(/\.(ya?ml|json)$/i, "");
  return join(dirname(firstOutput), `${name}.lock.json`);
}

/** Reads a lock file; a `UserError` that says what is wrong where it cannot be read or is not one. */
export async function readLock(path: string): Promise<CatalogLock> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    throw new UserError(`cannot read the lock ${path}: ${describeFileError(error)}`);
  }
  return parseLock(text, path);
}

/** A lock's text as a lock, its entries read as catalog entries are; `path` names it in errors. */
export function parseLock(text: string, path: string): CatalogLock {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new UserError(`${path} is not a lock file: it is not JSON`);
  }
  const lock = value as Partial<CatalogLock>;
  if (lock === null || typeof lock !== "object" || lock.lockfileVersion !== 1 || typeof lock.catalog !== "object" || lock.catalog === null) {
    throw new UserError(`${path} is not a lock file that policy render writes (lockfileVersion 1 with a catalog)`);
  }
  // The entries are read as a catalog: each must be one, or the comparison would rest on nothing.
  const catalog: Record<string, Processor> = {};
  for (const [id, entry] of Object.entries(lock.catalog)) {
    const parsed = ProcessorSchema.safeParse(entry);
    if (!parsed.success || parsed.data.id !== id) throw new UserError(`${path}: the entry ${JSON.stringify(id)} is not a catalog entry`);
    catalog[id] = parsed.data;
  }
  return { lockfileVersion: 1, catalog };
}

/** The ids whose entries differ between a lock and what the catalog gives now. */
export function changedEntries(lock: CatalogLock, now: CatalogLock): string[] {
  const ids = [...new Set([...Object.keys(lock.catalog), ...Object.keys(now.catalog)])].sort();
  return ids.filter((id) => JSON.stringify(sorted(lock.catalog[id])) !== JSON.stringify(sorted(now.catalog[id])));
}

function sorted(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sorted);
  if (value === null || typeof value !== "object") return value;
  return Object.fromEntries(
    Object.keys(value as Record<string, unknown>)
      .sort()
      .map((key) => [key, sorted((value as Record<string, unknown>)[key])]),
  );
}
