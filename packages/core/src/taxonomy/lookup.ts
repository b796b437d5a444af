/**
 * Builds a lookup by id that throws on an unknown id. The getters take typed ids, so an unknown
 * id means a cast went wrong somewhere: failing loudly beats rendering `undefined` into a policy.
 */
export function lookupById<Id extends string, T extends { readonly id: Id }>(entries: readonly T[], kind: string): (id: Id) => T {
  const byId = new Map<string, T>(entries.map((entry) => [entry.id, entry]));
  return (id) => {
    const entry = byId.get(id);
    if (entry === undefined) throw new Error(`Unknown ${kind} id: "${id}"`);
    return entry;
  };
}
