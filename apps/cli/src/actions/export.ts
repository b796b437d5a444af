import { extname } from "node:path";
import { formatPath, HttpUrlSchema, locatePaths, type PolicyIssue } from "@policy/core";
import type { TiltGap } from "@policy/records";
import type { Context } from "../context.js";
import { ExitCode } from "../exit-code.js";
import { readInput, type Input } from "../read-input.js";
import { reportLoad } from "../report-load.js";
import { UserError } from "../user-error.js";
import { terminalSafe } from "../terminal-text.js";
import { sameFile, writeOutputs } from "../write-outputs.js";

export interface ExportOptions {
  readonly format: "ropa" | "dpv" | "tilt" | "klaro";
  readonly privacyPolicyUrl?: string | undefined;
  readonly as?: "md" | "html" | "csv" | undefined;
  readonly locale?: "en" | "de" | undefined;
  readonly out?: string | undefined;
}

/** `policy export`: validates the policy, then writes the export asked for to stdout or a file (--as and --locale are the record's). */
export async function exportPolicy(file: string, options: ExportOptions, context: Context): Promise<ExitCode> {
  const input = await readInput(file, context.io.stdin);
  const policy = await reportLoad(input, context);
  if (policy === undefined) return ExitCode.failed;
  const locale = options.locale ?? policy.locales[0] ?? "en";
  if (!policy.locales.includes(locale))
    throw new UserError(`--locale ${locale}: the policy is not written in that language (it has ${policy.locales.join(", ")})`);
  const type = typeOf(options);
  const { recordCsv, recordOfProcessing, tiltGaps, toDpv, toKlaro, toTilt } = await import("@policy/records");
  let content: string;
  if (options.format === "dpv") content = `${JSON.stringify(toDpv(policy), null, 2)}\n`;
  else if (options.format === "tilt") {
    const url = privacyPolicyUrl(options);
    const gaps = tiltGaps(policy);
    if (gaps.length > 0) {
      await reportGaps(gaps, input, context);
      return ExitCode.failed;
    }
    content = `${JSON.stringify(toTilt(policy, { locale, url }), null, 2)}\n`;
  } else if (options.format === "klaro") content = klaroFile(toKlaro(policy, { privacyPolicyUrl: privacyPolicyUrl(options), locale }), options.out);
  else if (type === "csv") content = recordCsv(policy, { locale });
  else if (type === "html") content = (await import("@policy/html")).toHtml(recordOfProcessing(policy, { locale }), { standalone: true });
  else content = (await import("@policy/markdown")).toMarkdown(recordOfProcessing(policy, { locale }));

  if (options.out === undefined) {
    context.io.stdout.write(content);
    return ExitCode.ok;
  }
  if (file !== "-" && sameFile(file, options.out)) throw new UserError(`--out ${options.out} is the policy file itself; write the export elsewhere`);
  writeOutputs([{ path: options.out, content }]);
  return ExitCode.ok;
}

/** What to write: as --as says, else as --out's extension says (.csv, .html, .htm), else Markdown. */
function typeOf(options: ExportOptions): "md" | "html" | "csv" {
  if (options.as !== undefined) return options.as;
  const extension = extname(options.out ?? "").toLowerCase();
  if (extension === ".csv") return "csv";
  return extension === ".html" || extension === ".htm" ? "html" : "md";
}

const whyUrl = { klaro: "for the consent notice's link", tilt: "for TILT's meta.url (the document's id is made from it)" } as const;

/** Where the rendered policy is published, which klaro links to and TILT names: required, and an http(s) URL. */
function privacyPolicyUrl(options: ExportOptions): string {
  const url = options.privacyPolicyUrl;
  if (url === undefined) {
    const format = options.format === "tilt" ? "tilt" : "klaro";
    throw new UserError(`--format ${format} needs --privacy-policy-url: where the rendered policy is published, ${whyUrl[format]}`);
  }
  if (!HttpUrlSchema.safeParse(url).success) throw new UserError(`--privacy-policy-url ${url}: give an http(s) address`);
  return url;
}

/** The config as JSON, or for a .js file as the script that sets window.klaroConfig. */
function klaroFile(config: unknown, out: string | undefined): string {
  const json = JSON.stringify(config, null, 2);
  return extname(out ?? "").toLowerCase() === ".js" ? `window.klaroConfig = ${json};\n` : `${json}\n`;
}

/** What TILT requires and the policy lacks, each at its place in the file, as validation reports an error. */
async function reportGaps(gaps: readonly TiltGap[], input: Input, context: Context): Promise<void> {
  const { formatIssueWithFrame } = await import("../issue-report.js");
  const positions = locatePaths(
    input.text,
    gaps.map((gap) => gap.path),
  );
  gaps.forEach((gap, index) => {
    const issue: PolicyIssue = {
      code: "missing-field",
      severity: "error",
      message: gap.message,
      path: formatPath(gap.path),
      filename: input.name,
      ...positions[index],
    };
    context.io.stderr.write(`${formatIssueWithFrame(issue, input.text, context.colors.err)}\n`);
  });
  const count = gaps.length === 1 ? "1 fact" : `${gaps.length} facts`;
  context.io.stderr.write(`${context.colors.err.red(`${terminalSafe(input.name)} lacks ${count} a TILT document requires; nothing was written.`)}\n`);
}
