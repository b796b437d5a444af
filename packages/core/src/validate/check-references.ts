import { defaultJurisdictions, groundBelongsTo, textLawOf } from "../model/data-protection-law.js";
import { getSwissAdequacy } from "../taxonomy/swiss-adequacy.js";
import { getUkAdequacy } from "../taxonomy/uk-adequacy.js";
import { getAdequacy, isEeaMember, isSpecialCategory, type DataCategoryId } from "../taxonomy/index.js";
import type { DataItemInput } from "../model/data-item.js";
import type { PolicyData } from "../model/policy.js";
import type { Catalog } from "./catalog.js";
import type { LocatedIssue } from "./zod-issues.js";
import { collectedOf, processorOf } from "./resolve.js";
import { suggest } from "./suggest.js";

/** The rules beyond the shape: references exist, each purpose is justified, ids are unique. */
export function checkReferences(policy: PolicyData, catalog: Catalog | undefined): LocatedIssue[] {
  const issues: LocatedIssue[] = [];
  const country = policy.controller.address.country;
  const law = textLawOf(policy.jurisdictions ?? defaultJurisdictions(country), country);
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
    const purposesAt = service.purposes === undefined ? [...at, "processor", "activities", "purposes"] : [...at, "purposes"];
    purposes.forEach((purpose, purposeIndex) => {
      if (purpose.legalBasis === "A6-1-f" && purpose.legitimateInterest === undefined) {
        error("missing-legitimate-interest", "the legal basis is A6-1-f (legitimate interests): say which interest in legitimateInterest", [
          ...purposesAt,
          purposeIndex,
        ]);
      }
    });

    const data = service.data ?? activities?.data ?? [];
    // Art. 13(2)(e): for data people give us, say whether they must give it, and what follows if not.
    if (service.provision === undefined && data.some((item) => ["provided", "content"].includes(collectedOf(item)))) {
      issues.push({
        code: "missing-provision",
        severity: "warning",
        message:
          "people give you some of this data: say in provision whether they must (statutory, contractual, precontractual or voluntary) and what happens if they don't",
        segments: at,
      });
    }

    const special = specialCategories(data);
    if (special.length > 0 && service.specialCategoryCondition === undefined) {
      error(
        "missing-special-category-condition",
        `the data includes special categories (${special.join(", ")}): name the Art. 9(2) condition in specialCategoryCondition`,
        at,
      );
    }

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

    if (service.retention === undefined && !unresolved && processor?.retention === undefined) {
      error("missing-retention", "say how long the data is kept (retention): the processor gives no default", at);
    }

    const transfers = service.transfers ?? processor?.transfers ?? [];
    const transfersAt = service.transfers === undefined ? [...at, "processor", "transfers"] : [...at, "transfers"];
    // Art. 13(1)(f): a provider outside the EU/EEA is a transfer the policy must name, adequacy or not.
    // Under the UK GDPR, compose derives the transfers from the countries itself.
    if (processor !== undefined && law === "gdpr") {
      const named = new Set(transfers.filter((transfer) => groundBelongsTo(transfer.mechanism, "gdpr")).map((transfer) => transfer.country));
      const parties = [processor.entity, ...(processor.parent === undefined ? [] : [processor.parent])];
      for (const party of parties) {
        const country = party.address.country;
        if (isEeaMember(country) || named.has(country)) continue;
        named.add(country);
        issues.push({
          code: "missing-transfer",
          severity: "warning",
          message: `${party.name} is in ${country}, outside the EU/EEA, but no transfer to ${country} is listed: add it to transfers with its mechanism`,
          segments: service.transfers === undefined ? [...at, "processor"] : [...at, "transfers"],
        });
      }
    }
    transfers.forEach((transfer, transferIndex) => {
      const where = [...transfersAt, transferIndex, "mechanism"];
      if (transfer.mechanism === "A45-3" && getAdequacy(transfer.country) === undefined) {
        error("transfer-ground-mismatch", `there is no EU adequacy decision for ${transfer.country}`, where);
      }
      if (transfer.mechanism === "UK-A45A" && getUkAdequacy(transfer.country) === undefined) {
        error("transfer-ground-mismatch", `no UK adequacy regulations cover ${transfer.country}`, where);
      }
      if (transfer.mechanism === "CH-A16-1" && getSwissAdequacy(transfer.country) === undefined) {
        error("transfer-ground-mismatch", `the Federal Council has not recognised adequate protection for ${transfer.country} (Annex 1 DPO)`, where);
      }
      if (transfer.mechanism === "CH-US-DPF" && transfer.country !== "US") {
        error("transfer-ground-mismatch", `the Swiss-US Privacy Framework covers transfers to the US only, not ${transfer.country}`, where);
      }
      if (transfer.mechanism === "UK-US-DPF" && transfer.country !== "US") {
        error(
          "transfer-ground-mismatch",
          `the UK Extension to the EU-US Data Privacy Framework covers transfers to the US only, not ${transfer.country}`,
          where,
        );
      }
      if (transfer.mechanism === "EU-US-DPF" && transfer.country !== "US") {
        error("transfer-ground-mismatch", `the EU-US Data Privacy Framework covers transfers to the US only, not ${transfer.country}`, where);
      }
    });
  });
  return issues;
}

function specialCategories(data: readonly DataItemInput[]): DataCategoryId[] {
  return data.map((item) => (typeof item === "string" ? item : item.category)).filter((category) => isSpecialCategory(category));
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
