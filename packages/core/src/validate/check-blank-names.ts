import type { PolicyData } from "../model/policy.js";
import type { PathSegment } from "./path.js";
import type { LocatedIssue } from "./zod-issues.js";

/**
 * Names the author wrote (a service's, in each language, and an inline processor's) that are
 * nothing but spaces: the section would have no title.
 */
export function checkBlankNames(policy: PolicyData): LocatedIssue[] {
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
