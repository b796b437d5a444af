import { type Command, Option } from "commander";
import type { Context } from "../context.js";

export function exportCommand(program: Command, context: Context): void {
  program
    .command("export")
    .description("what else the policy gives: the record of processing activities (Art. 30 GDPR), DPV JSON-LD, or a klaro config")
    .argument("<file>", "the policy file (YAML or JSON); - reads stdin")
    .addOption(new Option("--format <format>", "what to export").choices(["ropa", "dpv", "klaro"]).makeOptionMandatory())
    .addOption(
      new Option("--as <type>", "ropa: Markdown, an HTML page, or CSV for spreadsheets (default: from --out's extension, else md)").choices([
        "md",
        "html",
        "csv",
      ]),
    )
    .addOption(new Option("-l, --locale <locale>", "the language (default: the policy's first)").choices(["en", "de"]))
    .option("--privacy-policy-url <url>", "klaro: where the rendered policy is published, for the consent notice's link")
    .option("-o, --out <file>", "write to this file (atomically) instead of stdout; never the policy file itself")
    .addHelpText(
      "after",
      `
Formats:
  ropa   the record of processing activities of Art. 30(1) GDPR, for the data protection officer
         and the supervisory authority: the controller, then a form per processing activity (one
         per service) with its purposes and legal bases, the people and data concerned, the
         recipients, transfers and their safeguards, the time limits for erasure and the security
         measures (securityMeasures in the policy). It is not public, so render never writes it.
  dpv    the policy as JSON-LD in the W3C Data Privacy Vocabulary (DPV 2.3), for tools and
         registries that read machine-readable transparency information: a dpv:Process per
         service with its purposes, legal bases, data, data subjects, provider, storage and
         transfers.
  klaro  a configuration for the klaro consent manager, for the website: a service for each that
         stores something on the device or rests on consent, with its purposes, cookies and
         texts in the policy's languages; --privacy-policy-url links the notice to the policy.
         A .js --out file sets window.klaroConfig, which klaro reads; otherwise JSON.

Examples:
  $ policy export policy.yaml --format ropa --locale de --out verzeichnis.md
  $ policy export policy.yaml --format ropa --out record.csv
  $ policy export policy.yaml --format ropa --as html --out record.html
  $ policy export policy.yaml --format dpv --out policy.jsonld
  $ policy export policy.yaml --format klaro --privacy-policy-url https://example.com/privacy --out klaro-config.js`,
    )
    .action(
      async (
        file: string,
        options: { format: "ropa" | "dpv" | "klaro"; privacyPolicyUrl?: string; as?: "md" | "html" | "csv"; locale?: "en" | "de"; out?: string },
      ) => {
        const { exportPolicy } = await import("../actions/export.js");
        context.exitCode = await exportPolicy(file, options, context);
      },
    );
}
