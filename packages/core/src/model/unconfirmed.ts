import type { Processor, ProviderRole } from "./processor.js";
import type { Retention } from "./retention.js";

/**
 * Whether a provider's fact is marked unconfirmed, by itself or as part of a larger fact
 * (`transfers[0]` covers `transfers[0].mechanism`). Compose asks before it states a fact, so
 * that nothing the provider's documents do not confirm is printed as certain.
 */
export function isUnconfirmed(processor: Processor | null | undefined, fact: string): boolean {
  return processor?.unconfirmed.some((marked) => fact === marked.fact || fact.startsWith(`${marked.fact}.`)) ?? false;
}

/**
 * The path of a list item of the provider's (`transfers[2]`), or undefined where the service
 * states its own list, so that the provider's markers do not apply to it.
 */
export function providerItemPath<T>(processor: Processor | null, list: "transfers" | "deviceAccess", item: T): string | undefined {
  const index = processor === null ? -1 : (processor[list] as readonly unknown[]).indexOf(item);
  return index === -1 ? undefined : `${list}[${index}]`;
}

/**
 * Whether the service takes its transfers from a provider whose documents do not say whether, or where, the data
 * leaves the EU/EEA (`transfers` marked unconfirmed as a whole): then an empty list means "not known", not "none".
 */
export function transfersUnconfirmed(service: { readonly processor: Processor | null; readonly transfers: readonly unknown[] }): boolean {
  return service.processor !== null && service.transfers === service.processor.transfers && isUnconfirmed(service.processor, "transfers");
}

/** The provider's `roles` that its documents confirm; empty where it lists none or confirms none. */
export function confirmedRoles(processor: Processor): ProviderRole[] {
  return (processor.roles ?? []).filter((_, index) => !isUnconfirmed(processor, `roles[${index}]`));
}

/** The provider's retention period, unless its documents do not confirm it: a policy does not take that one as its own. */
export function confirmedRetention(processor: Processor | null | undefined): Retention | undefined {
  return isUnconfirmed(processor, "retention") ? undefined : processor?.retention;
}
