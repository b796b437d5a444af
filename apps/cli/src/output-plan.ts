import { statSync } from "node:fs";
import { basename, join, sep } from "node:path";
import type { Locale } from "@policy/core";
import { UserError } from "./user-error.js";
import { sameFile } from "./write-outputs.js";

export const formats = ["md", "html", "json"] as const;
export type Format = (typeof formats)[number];

/** Where one language's rendering goes: a file, or stdout (`-`). */
export interface Output {
  readonly locale: Locale;
  readonly path: string;
}

export interface OutputRequest {
  /** The policy file as given, or undefined for stdin. */
  readonly input: string | undefined;
  /** `--out`: a file, a folder (ending in "/" or existing), or `-`; undefined means stdout. */
  readonly out: string | undefined;
  readonly locales: readonly Locale[];
  readonly format: Format;
}

/**
 * Decides where each language goes:
 * - no `--out`, or `-`: stdout, which takes one language;
 * - a folder (it exists, or the path ends in "/"): `<name>.<locale>.<format>` in it, where name is
 *   the policy file's name without its extension ("policy" for stdin);
 * - a file: that file, for one language.
 * An output is never the input: that would replace the policy with its rendering.
 */
export function planOutputs(request: OutputRequest): Output[] {
  const { input, out, locales, format } = request;
  const [only] = locales;
  if (out === undefined || out === "-") {
    if (locales.length !== 1 || only === undefined) {
      throw new UserError(
        `${locales.length} languages (${locales.join(", ")}) cannot all go to stdout: choose one with --locale, or write them into a folder with --out <folder>/`,
      );
    }
    return [{ locale: only, path: "-" }];
  }
  if (isFolder(out)) {
    const name = input === undefined ? "policy" : basename(input).replace(/\.(ya?ml|json)$/i, "");
    return locales.map((locale) => checked({ locale, path: join(out, `${name}.${locale}.${format}`) }, input));
  }
  if (locales.length !== 1 || only === undefined) {
    throw new UserError(
      `--out ${out} is one file, but ${locales.length} languages (${locales.join(", ")}) were asked for: give a folder (--out ${out}/), or one language with --locale`,
    );
  }
  return [checked({ locale: only, path: out }, input)];
}

function isFolder(path: string): boolean {
  if (path.endsWith("/") || path.endsWith(sep)) return true;
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function checked(output: Output, input: string | undefined): Output {
  if (input !== undefined && sameFile(output.path, input)) {
    throw new UserError(`the output ${output.path} is the policy file itself; choose another --out`);
  }
  return output;
}
