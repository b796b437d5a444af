import type { Finding, FindingKind, ScanReport } from "@policy/scan";
import { stringify } from "yaml";
import { sarifDocument } from "./sarif.js";

const titles: Readonly<Record<FindingKind, string>> = {
  "undeclared-service": "undeclared service",
  "before-consent": "before consent",
  "unlisted-device-access": "unlisted",
  "unknown-host": "unknown host",
  "unseen-service": "unseen service",
};

/** Said with every report: what a scan can and cannot show. */
export const scanNotice =
  "The scan is evidence, not a verdict: it saw the pages it visited, as a browser saw them then. Services used elsewhere (on other pages, in e-mail, on the server) are not seen, and a host can serve more than one service.";

export function formatScanReport(report: ScanReport, format: "text" | "json" | "md" | "sarif"): string {
  switch (format) {
    case "json":
      return `${JSON.stringify({ ...report, notice: scanNotice }, null, 2)}\n`;
    case "md":
      return markdown(report);
    case "sarif":
      return `${JSON.stringify(sarif(report), null, 2)}\n`;
    default:
      return text(report);
  }
}

function phases(report: ScanReport): string {
  return report.phases.length > 1 ? "before consent and after" : "without consent";
}

function when(phase: string): string {
  return phase === "before-consent" ? "before consent" : "after consent";
}

function text(report: ScanReport): string {
  const lines = [`policy scan ${report.site}: ${report.pages} page${report.pages === 1 ? "" : "s"}, ${phases(report)}`, scanNotice, ""];
  for (const finding of report.findings) {
    const ids = finding.catalogIds.length === 0 ? "" : `  [${finding.catalogIds.join(", ")}]`;
    lines.push(`${titles[finding.kind]}: ${finding.message}${ids}`);
    for (const evidence of finding.evidence) lines.push(`  ${evidence.what}  on ${evidence.page}, ${when(evidence.phase)}`);
  }
  if (report.findings.length > 0) lines.push("");
  if (report.seen.length > 0)
    lines.push(`Seen and named in the policy: ${report.seen.map((seen) => `${seen.serviceId} (${seen.hosts.join(", ")})`).join("; ")}`);
  if (report.policyLinks.length > 0) lines.push(`Links to a privacy policy: ${report.policyLinks.join(", ")}`);
  if (report.skipped > 0) lines.push(`Pages not visited (robots.txt, the page limit, another host): ${report.skipped}`);
  lines.push(count(report.findings));
  return `${lines.join("\n")}\n`;
}

function count(findings: readonly Finding[]): string {
  const hints = findings.filter((finding) => finding.kind === "unseen-service").length;
  const problems = findings.length - hints;
  const part = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  return `${part(problems, "finding", "findings")} and ${part(hints, "hint", "hints")}.`;
}

function markdown(report: ScanReport): string {
  const escapeMarkdown = (value: string) => value.replace(/[\\`*_[\]<>|#!]/g, (character) => `\\${character}`).replace(/\r?\n/g, " ");
  const lines = [`# Scan of ${escapeMarkdown(report.site)}`, "", `${report.pages} pages, ${phases(report)}. ${scanNotice}`, ""];
  if (report.findings.length === 0) lines.push("Nothing undeclared was found.", "");
  for (const finding of report.findings) {
    lines.push(`## ${titles[finding.kind]}`, "", escapeMarkdown(finding.message), "");
    if (finding.catalogIds.length > 0) lines.push(`Catalog: ${finding.catalogIds.map((id) => `\`${id}\``).join(", ")}`, "");
    for (const evidence of finding.evidence)
      lines.push(`- ${escapeMarkdown(evidence.what)}, on ${escapeMarkdown(evidence.page)}, ${when(evidence.phase)}`);
    if (finding.evidence.length > 0) lines.push("");
  }
  lines.push(count(report.findings), "");
  return lines.join("\n");
}

function sarif(report: ScanReport) {
  const kinds = [...new Set(report.findings.map((finding) => finding.kind))].sort();
  return sarifDocument(
    "policy scan",
    kinds.map((id) => ({ id, shortDescription: { text: titles[id] } })),
    report.findings.map((finding) => ({
      ruleId: finding.kind,
      ruleIndex: kinds.indexOf(finding.kind),
      level: finding.kind === "unseen-service" ? "note" : "warning",
      message: { text: finding.message },
      // The first page it was seen on: where to look.
      locations: finding.evidence.slice(0, 1).map((evidence) => ({ physicalLocation: { artifactLocation: { uri: evidence.page } } })),
    })),
  );
}

/** The services the site uses and the policy lacks, as services for the policy file, to check and complete. */
export function suggestedServices(report: ScanReport): string {
  const ids = [...new Set(report.findings.filter((finding) => finding.kind === "undeclared-service").map((finding) => finding.catalogIds[0]!))];
  if (ids.length === 0) return "# The scan saw no service of the catalog that the policy lacks.\n";
  const header = [
    "# Services the scan saw and the policy does not name. Check each against how you use it",
    "# (`policy catalog show <id>`), then add it under services:",
  ];
  return `${header.join("\n")}\n${stringify(ids.map((id) => ({ id, processor: id })))}`;
}
