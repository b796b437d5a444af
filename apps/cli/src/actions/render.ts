import type { Locale, Policy } from "@policy/core";
import type { Context } from "../context.js";
import { ExitCode } from "../exit-code.js";
import { planOutputs, type Output } from "../output-plan.js";
import { changedEntries, lockOf, lockPath, lockText, parseLock, readLock, type CatalogLock } from "../catalog-lock.js";
import { readInput } from "../read-input.js";
import { formatName, renderDocument } from "../render-format.js";
import type { RenderFlags } from "./render-flags.js";
import { reportLoad } from "../report-load.js";
import { terminalSafe } from "../terminal-text.js";
import { UserError } from "../user-error.js";
import type { FileContent } from "../write-files.js";
import { writeOutputs } from "../write-outputs.js";

/** `policy render`: validates, renders every language asked for, then writes, checks or prints. */
export async function renderPolicy(file: string, flags: RenderFlags, context: Context): Promise<ExitCode> {
  checkFlags(flags);
  const input = await readInput(file, context.io.stdin);
  const policy = await reportLoad(input, context);
  if (policy === undefined) return ExitCode.failed;

  const locales: readonly Locale[] = flags.locale === "all" ? policy.locales : [flags.locale ?? policy.locales[0] ?? "en"];
  const outputs = planOutputs({ input: file === "-" ? undefined : file, out: flags.out, locales, format: flags.format });
  if (flags.check && outputs.some((output) => output.path === "-")) {
    throw new UserError("--check compares files on disk with what would be written: give them with --out");
  }
  const files = await renderAll(policy, outputs, flags);

  const [first] = files;
  const lock =
    first === undefined || first.path === "-" ? undefined : { path: lockPath(input.path, first.path), content: lockText(lockOf(input.text, policy)) };
  if (flags.check) return await check(files, lock, context);
  if (first !== undefined && first.path === "-") {
    context.io.stdout.write(first.content);
    return ExitCode.ok;
  }
  writeOutputs(flags.lock && lock !== undefined ? [...files, lock] : files);
  if (!context.quiet) report(file, policy, files, flags.lock ? lock : undefined, context, flags);
  return ExitCode.ok;
}

function checkFlags(flags: RenderFlags): void {
  if (flags.standalone && flags.format !== "html")
    throw new UserError(`--standalone makes a whole HTML page; it does not apply to --format ${flags.format}`);
  if (flags.toc && flags.format === "json")
    throw new UserError("--toc adds a table of contents to Markdown or HTML; it does not apply to --format json");
}

async function renderAll(policy: Policy, outputs: readonly Output[], flags: RenderFlags): Promise<FileContent[]> {
  const files: FileContent[] = [];
  for (const { locale, path } of outputs) {
    files.push({
      path,
      content: await renderDocument(policy, flags.format, { locale, standalone: flags.standalone, toc: flags.toc, index: flags.index }),
    });
  }
  return files;
}

async function check(files: readonly FileContent[], lock: FileContent | undefined, context: Context): Promise<ExitCode> {
  // The diff library is loaded only for a check.
  const { checkFile, describeCheck } = await import("../check-files.js");
  const checks = files.map(checkFile);
  const stale = checks.filter((each) => each.state !== "up to date");
  for (const each of checks) {
    if (context.quiet && each.state === "up to date") continue;
    context.io.stdout.write(`${describeCheck(each, context.colors.out)}\n`);
  }
  if (stale.length === 0) return ExitCode.ok;
  context.io.stderr.write(
    `policy: ${checks.length === 1 ? "the file is" : `${stale.length} of ${checks.length} files ${stale.length === 1 ? "is" : "are"}`} not what the policy renders to; run the same command without --check to update them\n`,
  );
  if (lock !== undefined) context.io.stderr.write(`policy: ${await whatChanged(lock)}\n`);
  return ExitCode.failed;
}

function report(
  file: string,
  policy: Policy,
  files: readonly FileContent[],
  lock: FileContent | undefined,
  context: Context,
  flags: RenderFlags,
): void {
  const services = policy.services.length;
  const what = `${terminalSafe(policy.controller.name)}, ${services} ${services === 1 ? "service" : "services"}`;
  const lines = files.map(({ path, content }) => `  ${path}  ${context.colors.out.dim(`(${kilobytes(content)})`)}`);
  context.io.stdout.write(
    `Rendered ${file === "-" ? "<stdin>" : file} (${what}) as ${formatName(flags.format, flags.standalone)}:\n${lines.join("\n")}\n`,
  );
  if (lock !== undefined) context.io.stdout.write(`Catalog facts used: ${lock.path}\n`);
}

function kilobytes(content: string): string {
  return `${(Buffer.byteLength(content, "utf8") / 1024).toFixed(1)} kB`;
}

/** Whether stale files come from the catalog or from the policy, as the lock written with them tells. */
async function whatChanged(lock: FileContent): Promise<string> {
  let locked: CatalogLock;
  try {
    locked = await readLock(lock.path);
  } catch {
    return `there is no lock (${lock.path}) to tell whether the policy or the catalog changed`;
  }
  const changed = changedEntries(locked, parseLock(lock.content, lock.path));
  if (changed.length === 0) return "the catalog entries the policy names are as the lock has them: the policy changed";
  return `the catalog changed since the lock: ${changed.join(", ")} (policy diff <file> --catalog ${lock.path} shows what that changes)`;
}
