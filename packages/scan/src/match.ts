import type { DeviceAccess, Policy, Processor } from "@policy/core";
import type { Evidence, Finding, ScanReport } from "./findings.js";
import type { Observation, ObservedCookie, ObservedStorage, Phase } from "./observation.js";
import { hostMatches, nameMatches, siteOf } from "./patterns.js";

export interface MatchOptions {
  /** The catalog the hosts and cookies are recognised by (`catalog` of @policy/catalog). */
  readonly catalog: Readonly<Record<string, Processor>>;
}

/** At most this many pieces of evidence per finding: enough to find it again, short enough to read. */
const evidenceLimit = 5;

/**
 * Holds what a scan saw against a policy: each third-party host is one of the policy's services
 * (by its provider's `domains`), a catalog service the policy does not name, or a host nobody
 * knows; each cookie and storage key is one the policy lists (and then whether it came before
 * consent where consent is its ground), one the catalog knows, or neither. Services the policy
 * names that were never seen are hints. The site's own hosts (the same registrable domain) are
 * not judged.
 */
export function matchObservation(observation: Observation, policy: Policy, { catalog }: MatchOptions): ScanReport {
  const own = siteOf(new URL(observation.site).hostname);
  const entries = Object.values(catalog);
  const services = policy.services.filter((service) => service.processor !== null);
  const findings: Finding[] = [];
  const seen = new Map<string, Set<string>>();

  const undeclared = new Map<string, { entries: Processor[]; evidence: Evidence[]; hosts: Set<string> }>();
  const unknown = new Map<string, Evidence[]>();
  for (const request of observation.requests) {
    if (siteOf(request.host) === own) continue;
    const service = services.find((each) => each.processor?.domains.some((pattern) => hostMatches(pattern, request.host)));
    if (service !== undefined) {
      const hosts = seen.get(service.id) ?? new Set<string>();
      seen.set(service.id, hosts.add(request.host));
      continue;
    }
    const known = entries.filter((entry) => entry.domains.some((pattern) => hostMatches(pattern, request.host)));
    const evidence: Evidence = { what: request.url, page: request.page, phase: request.phase };
    if (known.length === 0) {
      unknown.set(request.host, [...(unknown.get(request.host) ?? []), evidence]);
      continue;
    }
    const key = known.map((entry) => entry.id).join(" ");
    const group = undeclared.get(key) ?? { entries: known, evidence: [], hosts: new Set<string>() };
    group.evidence.push(evidence);
    group.hosts.add(request.host);
    undeclared.set(key, group);
  }
  for (const { entries: known, evidence, hosts } of undeclared.values()) {
    // A host several products load from (connect.facebook.net: the Meta Pixel and Facebook's plugins) names them all.
    const names = [...new Set(known.map((entry) => entry.name))].sort();
    const which = names.length === 1 ? names[0]! : `${either.format(names)}: the host does not tell them apart`;
    const none = names.length === 1 ? names[0]! : "any of them";
    findings.push({
      kind: "undeclared-service",
      message: `the site contacts ${[...hosts].join(", ")} (${which}), and no service of the policy names ${none}`,
      catalogIds: preferred(known.map((entry) => entry.id)),
      evidence: firstOf(evidence),
    });
  }

  findings.push(...deviceAccessFindings(observation, policy, entries));

  for (const [host, evidence] of unknown) {
    findings.push({
      kind: "unknown-host",
      message: `the site contacts ${host}, which the catalog does not know: name the service it belongs to, or say why the policy need not`,
      catalogIds: [],
      evidence: firstOf(evidence),
    });
  }
  for (const service of services) {
    if (seen.has(service.id) || service.processor === null || service.processor.domains.length === 0) continue;
    findings.push({
      kind: "unseen-service",
      message: `the scan did not see ${service.processor.name} (service "${service.id}"); it may run on pages the scan did not visit, or outside the website`,
      catalogIds: [],
      serviceId: service.id,
      evidence: [],
    });
  }

  return {
    site: observation.site,
    pages: new Set(observation.pages.map((page) => page.page)).size,
    phases: [...new Set(observation.pages.map((page) => page.phase))],
    findings,
    seen: [...seen].map(([serviceId, hosts]) => ({ serviceId, hosts: [...hosts].sort() })),
    policyLinks: observation.policyLinks,
    skipped: observation.skipped.length,
  };
}

/** A cookie or storage key as the policy lists it, with the service it belongs to (none: the site's own). */
interface Listed {
  readonly access: DeviceAccess;
  readonly serviceId?: string;
}

function deviceAccessFindings(observation: Observation, policy: Policy, entries: readonly Processor[]): Finding[] {
  const listed: Listed[] = [
    ...policy.deviceAccess.map((access) => ({ access })),
    ...policy.services.flatMap((service) => service.deviceAccess.map((access) => ({ access, serviceId: service.id }))),
  ];
  const before = new Map<Listed, Evidence[]>();
  const unlisted = new Map<string, { evidence: Evidence[]; catalogIds: string[]; label: string }>();
  const items: { technology: DeviceAccess["technology"]; name: string; domain?: string; page: string; phase: Phase }[] = [
    ...observation.cookies.map((cookie: ObservedCookie) => ({ technology: "cookie" as const, ...cookie })),
    ...observation.storage.map((item: ObservedStorage) => ({
      technology: item.technology,
      name: item.key,
      domain: new URL(item.origin).hostname,
      page: item.page,
      phase: item.phase,
    })),
  ];
  for (const item of items) {
    const evidence: Evidence = { what: item.name, page: item.page, phase: item.phase };
    const match = listed.find(
      ({ access }) => access.technology === item.technology && nameMatches(access.name, item.name) && domainFits(access, item.domain),
    );
    if (match !== undefined) {
      if (match.access.ground === "consent" && item.phase === "before-consent") before.set(match, [...(before.get(match) ?? []), evidence]);
      continue;
    }
    const known = entries.filter((entry) =>
      entry.deviceAccess.some((access) => access.technology === item.technology && nameMatches(access.name, item.name)),
    );
    const label = `${kindOf[item.technology]} ${item.name}${item.domain === undefined ? "" : ` (${item.domain})`}`;
    const group = unlisted.get(label) ?? { evidence: [], catalogIds: preferred(known.map((entry) => entry.id)), label };
    group.evidence.push(evidence);
    unlisted.set(label, group);
  }
  const findings: Finding[] = [];
  for (const [{ access, serviceId }, evidence] of before) {
    findings.push({
      kind: "before-consent",
      message: `${access.name} is set before any consent was given, and the policy's ground for it is consent${serviceId === undefined ? "" : ` (service "${serviceId}")`}`,
      catalogIds: [],
      ...(serviceId === undefined ? {} : { serviceId }),
      evidence: firstOf(evidence),
    });
  }
  for (const { evidence, catalogIds, label } of unlisted.values()) {
    findings.push({
      kind: "unlisted-device-access",
      message: `the site sets the ${label}, which the policy does not list${catalogIds.length === 0 ? "" : `; the catalog knows it from ${catalogIds.join(", ")}`}`,
      catalogIds,
      evidence: firstOf(evidence),
    });
  }
  return findings;
}

const kindOf: Readonly<Record<string, string>> = { cookie: "cookie", "local-storage": "local storage key", "session-storage": "session storage key" };

/** A listed cookie with a domain (a third party's) fits only cookies of that domain or its subdomains. */
function domainFits(access: DeviceAccess, domain: string | undefined): boolean {
  if (access.domain === undefined || domain === undefined) return true;
  const wanted = access.domain.replace(/^\./, "");
  return domain === wanted || domain.endsWith(`.${wanted}`);
}

const either = new Intl.ListFormat("en", { type: "disjunction" });

/** A product's regional entries (stripe, stripe-us) are one service to add: sorted, the entry the others are named after comes first. */
function preferred(ids: readonly string[]): string[] {
  return [...ids].sort();
}

function firstOf(evidence: readonly Evidence[]): Evidence[] {
  const unique = new Map(evidence.map((each) => [`${each.what} ${each.page} ${each.phase}`, each]));
  return [...unique.values()].slice(0, evidenceLimit);
}
