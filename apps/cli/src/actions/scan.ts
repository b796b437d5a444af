import type { ScanReport } from "@policy/scan";
import type { Context } from "../context.js";
import { ExitCode } from "../exit-code.js";
import { readInput } from "../read-input.js";
import { reportLoad } from "../report-load.js";
import { UserError } from "../user-error.js";
import { sameFile, writeOutputs } from "../write-outputs.js";

/** The options of `policy scan`, as commander parses them. */
export interface ScanCommandOptions {
  readonly policy: string;
  readonly format: "text" | "json" | "md" | "sarif";
  readonly depth: number;
  readonly maxPages: number;
  readonly accept?: string;
  readonly timeout: number;
  readonly suggest?: boolean;
  readonly chromium?: string;
  readonly out?: string;
  readonly browserArg: readonly string[];
}

/**
 * `policy scan`: reads the policy (a policy with errors stops here, exit 1), loads the site in
 * Chromium, holds what it saw against the policy and the installed catalog, and reports.
 */
export async function scanSite(url: string, options: ScanCommandOptions, context: Context): Promise<ExitCode> {
  const scan = await loadScanPackage();
  const input = await readInput(options.policy, context.io.stdin);
  const policy = await reportLoad(input, context);
  if (policy === undefined) return ExitCode.failed;
  if (options.out !== undefined && options.policy !== "-" && sameFile(options.policy, options.out)) {
    throw new UserError(`--out ${options.out} is the policy file itself; write the report elsewhere`);
  }
  let report: ScanReport;
  try {
    const observation = await scan.observeSite({
      url,
      depth: options.depth,
      maxPages: options.maxPages,
      timeout: options.timeout * 1000,
      browserArgs: options.browserArg,
      ...(options.accept === undefined ? {} : { accept: options.accept }),
      ...(options.chromium === undefined ? {} : { chromium: options.chromium }),
    });
    const { catalog } = await import("@policy/catalog");
    report = scan.matchObservation(observation, policy, { catalog });
  } catch (error) {
    if (error instanceof scan.ScanError) throw new UserError(error.message);
    throw error;
  }
  const { formatScanReport, suggestedServices } = await import("../scan-report.js");
  const content = options.suggest === true ? suggestedServices(report) : formatScanReport(report, options.format);
  if (options.out === undefined) context.io.stdout.write(content);
  else writeOutputs([{ path: options.out, content }]);
  return report.findings.some(scan.isProblem) ? ExitCode.failed : ExitCode.ok;
}

/** @policy/scan is an optional peer dependency: it brings the browser driver, which only scanning needs. */
async function loadScanPackage(): Promise<typeof import("@policy/scan")> {
  try {
    return await import("@policy/scan");
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === "ERR_MODULE_NOT_FOUND" || code === "MODULE_NOT_FOUND") {
      throw new UserError("policy scan needs the package @policy/scan, which brings the browser driver: npm install --save-dev @policy/scan");
    }
    throw error;
  }
}
