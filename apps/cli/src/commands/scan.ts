import { type Command, InvalidArgumentError, Option } from "commander";
import type { ScanCommandOptions } from "../actions/scan.js";
import type { Context } from "../context.js";

export function scanCommand(program: Command, context: Context): void {
  program
    .command("scan")
    .description("load a website in headless Chromium and compare what it does with what the policy says")
    .argument("<url>", "the page to start from (http or https)")
    .requiredOption("--policy <file>", "the policy file to hold the site against (YAML or JSON)")
    .addOption(new Option("--format <format>", "how to report").choices(["text", "json", "md", "sarif"]).default("text"))
    .option("--depth <n>", "how many links deep to follow on the same host", integer(0), 1)
    .option("--max-pages <n>", "how many pages to visit at most, per scan", integer(1), 20)
    .option("--accept <selector>", "a CSS selector of the consent button: scan before clicking it and after")
    .option("--timeout <seconds>", "how long a page may take to load", integer(1), 15)
    .option("--suggest", "print the services the site uses and the policy lacks, as YAML with catalog ids, instead of the report")
    .option("--chromium <path>", "Chromium's executable (default: $CHROMIUM_PATH, else /usr/bin/chromium)")
    .option("-o, --out <file>", "write the report to this file (atomically) instead of stdout; never the policy file")
    .addOption(new Option("--browser-arg <flag>", "a further Chromium flag (repeatable)").argParser(collect).default([]).hideHelp())
    .addHelpText(
      "after",
      `
The scan visits only the host it is given: it follows links there (breadth first, to --depth and
--max-pages), honours robots.txt, never submits a form, and clicks nothing but the --accept
button. It refuses downloads, dismisses dialogs, closes pop-ups and stops at a page that leads to
another host. The browser profile is temporary and deleted afterwards.

It records the host of every request, each cookie and local or session storage key, whether each
came before any consent or after the --accept button was clicked, and the links that look like
links to a privacy policy. Hosts are matched to services by the catalog's domains, cookies and
storage keys by the names the policy and the catalog list. Findings:
  undeclared service   a catalog service the site loads, which no service of the policy names
  before consent       a cookie or storage key set before consent, where the policy's ground is consent
  unlisted             a cookie or storage key the policy does not list
  unknown host         a third-party host the catalog does not know: classify it yourself
  unseen service       a service of the policy the scan never saw (a hint: it may run elsewhere)

The scan is evidence, not a verdict: it sees the pages it visited, as a browser without consent
(and with it, given --accept) saw them then. It never changes the policy file.

--format json prints the report as one JSON document, md as a Markdown page, sarif as a SARIF
2.1.0 log for code scanning.

Exit codes: 0 nothing undeclared (unseen services are hints), 1 findings, 2 a usage error, a
policy that cannot be read, or a site that cannot be reached.

Examples:
  $ policy scan https://example.com/ --policy policy.yaml
  $ policy scan https://example.com/ --policy policy.yaml --accept "#accept-all" --depth 2
  $ policy scan https://example.com/ --policy policy.yaml --suggest >> missing-services.yaml
  $ policy scan https://example.com/ --policy policy.yaml --format sarif --out scan.sarif`,
    )
    .action(async (url: string, options: ScanCommandOptions) => {
      const { scanSite } = await import("../actions/scan.js");
      context.exitCode = await scanSite(url, options, context);
    });
}

function integer(min: number) {
  return (value: string): number => {
    if (!/^\d+$/.test(value) || Number(value) < min) throw new InvalidArgumentError(`give a whole number of at least ${min}`);
    return Number(value);
  };
}

function collect(value: string, previous: readonly string[]): string[] {
  return [...previous, value];
}
