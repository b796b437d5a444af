import type { PolicyData } from "../model/policy.js";
import type { Locale } from "../taxonomy/index.js";
import type { Catalog } from "./catalog.js";
import type { PathSegment } from "./path.js";
import { processorOf } from "./resolve.js";
import type { LocatedIssue } from "./zod-issues.js";

type ServiceData = PolicyData["services"][number];

/** A service's name in one language, as readers see it, and whether it is only the service's id. */
interface VisibleName {
  readonly name: string;
  readonly fromId: boolean;
}

/**
 * A service's name titles its section, which is a landmark screen readers list, and its entry in
 * the contents: two services named alike in a language leave readers two sections they cannot
 * tell apart. Names are compared as they sound: in any case, and with any run of spaces as one.
 * A name of nothing but spaces leaves a section without a title, so it is refused too.
 */
export function checkServiceNames(policy: PolicyData, catalog: Catalog | undefined): LocatedIssue[] {
  const issues: LocatedIssue[] = blankNames(policy);
  const named = new Map<Locale, Map<string, { index: number; fromId: boolean }>>(policy.locales.map((locale) => [locale, new Map()]));
  const several = policy.locales.length > 1;
  const write = several ? `{ ${policy.locales.map((locale) => `${locale}: ...`).join(", ")} }` : "...";
  policy.services.forEach((service, index) => {
    // The earlier service each name is already used by, with the languages where it is.
    const clashes = new Map<number, { locale: Locale; name: string }[]>();
    for (const locale of policy.locales) {
      const visible = visibleName(service, locale, catalog);
      if (visible === undefined) continue;
      const key = comparable(visible.name);
      if (key === "") continue;
      const earlier = named.get(locale)!.get(key);
      if (earlier === undefined) {
        named.get(locale)!.set(key, { index, fromId: visible.fromId });
        continue;
      }
      // Two names that are both ids can only be the same id, which duplicate-id reports already.
      if (earlier.fromId && visible.fromId) continue;
      clashes.set(earlier.index, [...(clashes.get(earlier.index) ?? []), { locale, name: visible.name }]);
    }
    for (const [earlier, names] of clashes) {
      const shown = names.map(({ locale, name }) => (several ? `"${name.trim()}" (${locale})` : `"${name.trim()}"`)).join(", ");
      issues.push({
        code: "duplicate-name",
        severity: "error",
        message:
          `the service's name ${shown} is already used by services[${earlier}]: readers and screen readers could not tell the two ` +
          `apart, since both sections and both entries in the contents would have the same title. Give one of them a name of its own (name: ${write})`,
        segments: ["services", index],
      });
    }
  });
  return issues;
}

/**
 * What the document titles the service with in a language: its own name, else its processor's,
 * else its id (as resolvePolicy does). Undefined where that is not known yet: a processor the
 * catalog does not have, or a translation that is missing (both reported elsewhere).
 */
function visibleName(service: ServiceData, locale: Locale, catalog: Catalog | undefined): VisibleName | undefined {
  if (service.name !== undefined) {
    const name = typeof service.name === "string" ? service.name : service.name[locale];
    return name === undefined ? undefined : { name, fromId: false };
  }
  const processor = processorOf(service, catalog);
  if (processor !== undefined) return { name: processor.name, fromId: false };
  return typeof service.processor === "string" ? undefined : { name: service.id, fromId: true };
}

/** How a name sounds: case and spacing aside. */
function comparable(name: string): string {
  return name.trim().replace(/\s+/g, " ").toLowerCase();
}

/** Names the author wrote (a service's, in each language, and an inline processor's) that are nothing but spaces. */
function blankNames(policy: PolicyData): LocatedIssue[] {
  const issues: LocatedIssue[] = [];
  const blank = (segments: readonly PathSegment[], message: string) => issues.push({ code: "empty", severity: "error", message, segments });
  policy.services.forEach((service, index) => {
    const at = ["services", index, "name"];
    const serviceName =
      "the service's name is only spaces, so its section would have no title: write the name readers should see, or leave name out to use the processor's";
    if (typeof service.name === "string" && service.name.trim() === "") blank(at, serviceName);
    if (typeof service.name === "object") {
      for (const [locale, name] of Object.entries(service.name)) if (name?.trim() === "") blank([...at, locale], serviceName);
    }
    if (typeof service.processor === "object" && service.processor.name.trim() === "") {
      blank(
        ["services", index, "processor", "name"],
        'the processor\'s name is only spaces, so readers would not learn which service it is: write the product name they know, e.g. "Zoom"',
      );
    }
  });
  return issues;
}
