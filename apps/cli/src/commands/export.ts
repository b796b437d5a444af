import { type Command, Option } from "commander";
import type { Context } from "../context.js";
import { cliLocales } from "../locales.js";

export function exportCommand(program: Command, context: Context): void {
  program
    .command("export")
    .description("what else the policy gives: the record of processing activities (Art. 30 GDPR), DPV JSON-LD, TILT, or a klaro config")
    .argument("<file>", "the policy file (YAML or JSON); - reads stdin")
    .addOption(new Option("--format <format>", "what to export").choices(["ropa", "dpv", "tilt", "klaro"]).makeOptionMandatory())
    .addOption(
      new Option("--as <type>", "ropa: Markdown, an HTML page, or CSV for spreadsheets (default: from --out's extension, else md)").choices([
        "md",
        "html",
        "csv",
      ]),
    )
    .addOption(new Option("-l, --locale <locale>", "the language (default: the policy's first)").choices(cliLocales))
    .option("--privacy-policy-url <url>", "klaro and tilt: where the rendered policy is published (the consent notice's link; TILT's meta.url)")
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
  tilt   the policy as a TILT document (Transparency Information Language), for transparency
         tools and researchers that read TILT: an entry per kind of data per service, with
         purposes, legal bases, recipients, storage and whether it must be given, then
         transfers, sources, rights and the authority. TILT requires a data protection officer
         and the person who represents the controller (legalRepresentative): without them, and
         for services without provision, the export lists what to add and writes nothing.
         --privacy-policy-url is the document's address.
  klaro  a configuration for the klaro consent manager, for the website: a service for each that
         stores something on the device or rests on consent, with its purposes, cookies and
         texts in the policy's languages; --privacy-policy-url links the notice to the policy.
         A .js --out file sets window.klaroConfig, which klaro reads; otherwise JSON.

Examples:
  $ policy export policy.yaml --format ropa --locale de --out verzeichnis.md
  $ policy export policy.yaml --format ropa --out record.csv
  $ policy export policy.yaml --format ropa --as html --out record.html
  $ policy export policy.yaml --format dpv --out policy.jsonld
  $ policy export policy.yaml --format tilt --locale de --privacy-policy-url https://example.com/datenschutz --out policy.tilt.json
  $ policy export policy.yaml --format klaro --privacy-policy-url https://example.com/privacy --out klaro-config.js`,
    )
    .action(
      async (
        file: string,
        options: {
          format: "ropa" | "dpv" | "tilt" | "klaro";
          privacyPolicyUrl?: string;
          as?: "md" | "html" | "csv";
          locale?: "en" | "de";
          out?: string;
        },
      ) => {
        const { exportPolicy } = await import("../actions/export.js");
        context.exitCode = await exportPolicy(file, options, context);
      },
    );
}
