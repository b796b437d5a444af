import { lstatSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
import { catalog } from "@policy/catalog";
import { formatIssue, safeLoadPolicy } from "@policy/core";
import type { Context } from "../context.js";
import { ExitCode } from "../exit-code.js";
import { describeFileError } from "../read-input.js";
import { terminalSafe } from "../terminal-text.js";
import { UserError } from "../user-error.js";
import { FileWriteError, writeFilesAtomic } from "../write-files.js";
import { checkAnswer, questions, type InitAnswers } from "./init-answers.js";
import { askQuestions, QuestionsEnded } from "./init-ask.js";
import { starterPolicy } from "./init-starter-policy.js";

/** The options of `policy init`, as commander names them. */
export interface InitOptions {
  readonly company?: string;
  readonly street?: string;
  readonly postalCode?: string;
  readonly city?: string;
  readonly country?: string;
  readonly email?: string;
  readonly locales?: string;
  readonly services?: string;
  readonly force?: boolean;
  readonly yes?: boolean;
}

export async function runInit(dirArgument: string | undefined, options: InitOptions, context: Context): Promise<void> {
  const { io } = context;
  const target = join(resolve(io.cwd, dirArgument ?? "."), "policy.yaml");
  const shown = shownPath(io.cwd, target);
  const force = options.force === true;
  // Before any question: nobody should answer eight of them to learn that the file is there.
  if (!force && exists(target)) throw alreadyExists(shown);

  const given: Partial<Record<keyof InitAnswers, unknown>> = {};
  const invalid: string[] = [];
  const pending = questions.filter((question) => {
    const raw = options[question.key];
    if (raw === undefined) return true;
    const checked = checkAnswer(question, raw);
    if (checked.ok) given[question.key] = checked.value;
    else invalid.push(`${question.flag}: ${checked.reason}`);
    return false;
  });
  if (invalid.length > 0) throw new UserError(invalid.join("; "));

  const interactive = io.stdin.isTTY === true && io.stdout.isTTY === true && options.yes !== true;
  if (interactive) {
    if (pending.length > 0 && !context.quiet) {
      io.stdout.write(`A starter ${terminalSafe(shown)} takes a few answers. Enter takes the one in [brackets]; Ctrl-C cancels.\n\n`);
    }
    try {
      Object.assign(given, await askQuestions(pending, context));
    } catch (error) {
      if (!(error instanceof QuestionsEnded)) throw error;
      throw error.how === "interrupt"
        ? new UserError("cancelled; nothing was written", ExitCode.interrupted)
        : new UserError("the input ended before every question was answered; nothing was written");
    }
  } else {
    const missing = pending.filter((question) => question.fallback === undefined).map((question) => question.flag);
    if (missing.length > 0) {
      const why = options.yes === true ? "with --yes nothing is asked" : "questions are asked only when stdin and stdout are a terminal";
      throw new UserError(`missing ${listed(missing)}: give them as options (${why})`);
    }
    for (const question of pending) given[question.key] = question.fallback?.value;
  }

  const text = starterPolicy(given as InitAnswers, new Date().toISOString().slice(0, 10), schemaPathFrom(dirname(target)));
  // The promise is a file that validates as written; a starter that does not is our bug, never the user's.
  const loaded = safeLoadPolicy(text, { catalog, filename: shown });
  if (!loaded.success) throw new Error(`the starter policy does not validate:\n${loaded.issues.map(formatIssue).join("\n")}`);

  write(target, text, force, shown);
  if (context.quiet) return;
  const c = context.colors.out;
  const file = terminalSafe(shellWord(shown));
  const steps = [
    [`policy validate ${file}`, "check it: every issue, with its line"],
    [`policy render ${file} --out PRIVACY.md`, "the privacy policy as Markdown"],
  ] as const;
  const width = Math.max(...steps.map(([command]) => command.length));
  io.stdout.write(
    [
      `${c.green("Wrote")} ${terminalSafe(shown)}`,
      "",
      "Next steps:",
      `  1. Work through the TODO comments in ${terminalSafe(shown)}: purposes, legal bases, retention.`,
      ...steps.map(([command, what], index) => `  ${index + 2}. ${c.bold(command)}${" ".repeat(width - command.length)}    ${what}`),
      "",
    ].join("\n"),
  );
}

/**
 * Writes the file whole or not at all. Without --force it never replaces a file, not even one
 * that appeared while the questions were answered.
 */
function write(target: string, text: string, force: boolean, shown: string): void {
  try {
    writeFilesAtomic([{ path: target, content: text }], { replace: force });
  } catch (error) {
    if (!(error instanceof FileWriteError)) throw error;
    if (error.folder !== undefined) throw new UserError(`cannot create the folder ${dirname(shown)}: ${describeFileError(error.cause)}`);
    if (!force && (error.cause as NodeJS.ErrnoException).code === "EEXIST") throw alreadyExists(shown);
    throw new UserError(`cannot write ${shown}: ${describeFileError(error.cause)}`);
  }
}

function alreadyExists(shown: string): UserError {
  return new UserError(`${shown} already exists; use --force to replace it`);
}

/** Whether anything is at `path`; lstat, so that a dangling symbolic link is in the way too. */
function exists(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch (error) {
    // ENOTDIR: a file where a folder of the path should be; creating the folder reports it.
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") return false;
    throw new UserError(`cannot read ${path}: ${describeFileError(error)}`);
  }
}

/** "a", "a and b", "a, b and c". */
function listed(items: readonly string[]): string {
  return items.length < 2 ? items.join("") : `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
}

/** The path relative to the working directory when it is inside it, else absolute. */
function shownPath(cwd: string, path: string): string {
  const inside = relative(cwd, path);
  return inside !== "" && !inside.startsWith("..") && !isAbsolute(inside) ? inside : path;
}

/** The path as one word for a POSIX shell, so that the next steps can be pasted as they are. */
function shellWord(path: string): string {
  return /^[\w@%+=:,./-]+$/.test(path) ? path : `'${path.replace(/'/g, "'\\''")}'`;
}

/**
 * Core's JSON Schema as a path from the folder of the new file, for the editor: the copy installed
 * with this command, so the link works wherever policy.yaml is written (`./node_modules/...` for a
 * file beside node_modules, `../node_modules/...` one folder down).
 */
function schemaPathFrom(folder: string): string {
  const schema = createRequire(import.meta.url).resolve("@policy/core/policy.schema.json");
  const path = relative(folder, schema).split(sep).join("/");
  return path.startsWith(".") ? path : `./${path}`;
}
