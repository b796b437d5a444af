import type { PolicyData } from "../model/policy.js";
import type { Catalog } from "./catalog.js";
import type { LocatedIssue } from "./zod-issues.js";
import { processorOf } from "./resolve.js";
import { suggest } from "./suggest.js";

/**
 * The checks of the file beyond its shape: references resolve and ids are unique. The duties of
 * the law are rules (check/rules).
 */
export function checkReferences(policy: PolicyData, catalog: Catalog | undefined): LocatedIssue[] {
  const issues: LocatedIssue[] = [];
  const error = (code: LocatedIssue["code"], message: string, segments: LocatedIssue["segments"], suggestion?: string) =>
    issues.push({ code, severity: "error", message, segments, ...(suggestion === undefined ? {} : { suggestion }) });

  checkUnique(
    policy.services.map((service) => service.id),
    "services",
    "service",
    error,
  );
  checkUnique(
    policy.automatedDecisions.map((decision) => decision.id),
    "automatedDecisions",
    "automated decision",
    error,
  );

  policy.services.forEach((service, index) => {
    const at = ["services", index] as const;
    const processor = processorOf(service, catalog);
    // An unresolved processor is reported here; what it would have supplied is not asked for again.
    const unresolved = typeof service.processor === "string" && processor === undefined;
    if (unresolved) {
      const message =
        catalog === undefined
          ? `processor "${service.processor}" cannot be looked up: no catalog was given (pass one, or write the processor inline)`
          : `no processor "${service.processor}" in the catalog`;
      const suggestion = catalog === undefined ? undefined : suggest(String(service.processor), Object.keys(catalog));
      error("unknown-processor", message, [...at, "processor"], suggestion);
    }

    const activities = processor?.activities;
    for (const list of ["purposes", "data", "subjects"] as const) {
      if (service[list] === undefined && activities === undefined && !unresolved) {
        const why = processor === undefined ? "" : `: the processor "${processor.id}" has no default activities to take them from`;
        error("missing-field", `"${list}" is missing${why}`, [...at, list]);
      }
    }

    const purposes = service.purposes ?? activities?.purposes ?? [];
    const data = service.data ?? activities?.data ?? [];

    // A period for part of the data must name data and purposes the service has: else it covers nothing.
    service.retention?.exceptions?.forEach((exception, exceptionIndex) => {
      const exceptionAt = [...at, "retention", "exceptions", exceptionIndex];
      const categories = new Set(data.map((item) => (typeof item === "string" ? item : item.category)));
      exception.data?.forEach((category, index) => {
        if (!categories.has(category))
          error("unknown-id", `${category} is not among this service's data: name one of ${[...categories].join(", ")}`, [
            ...exceptionAt,
            "data",
            index,
          ]);
      });
      const named = new Set(purposes.map((purpose) => purpose.purpose));
      exception.purposes?.forEach((purpose, index) => {
        if (!named.has(purpose))
          error("unknown-id", `${purpose} is not among this service's purposes: name one of ${[...named].join(", ")}`, [
            ...exceptionAt,
            "purposes",
            index,
          ]);
      });
    });
  });
  return issues;
}

function checkUnique(
  ids: readonly string[],
  list: string,
  what: string,
  error: (code: "duplicate-id", message: string, segments: LocatedIssue["segments"]) => void,
): void {
  const first = new Map<string, number>();
  ids.forEach((id, index) => {
    const earlier = first.get(id);
    if (earlier === undefined) first.set(id, index);
    else error("duplicate-id", `the ${what} id "${id}" is already used by ${list}[${earlier}]`, [list, index, "id"]);
  });
}
