import { mkdirSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import type { Locale, Policy } from "@policy/core";
import { toMarkdown } from "@policy/markdown";
import { writeFileAtomic } from "./write-file-atomic.js";

/** The options the example renders with; the golden files are checked against the same. */
export const markdownOptions = { toc: true } as const;

/**
 * Where the rendering of a policy file in one language goes: `rendered/policy.en.md` in a folder
 * beside it, so an output can never land on the input.
 */
export function renderedPath(policyFile: string, locale: Locale): string {
  const name = basename(policyFile).replace(/\.(ya?ml|json)$/i, "");
  return join(dirname(policyFile), "rendered", `${name}.${locale}.md`);
}

export function renderMarkdown(policy: Policy, locale: Locale): string {
  return toMarkdown(policy, { ...markdownOptions, locale });
}

/** Renders the policy in each of its languages and returns the files written. */
export function writeRenderings(policy: Policy, policyFile: string): string[] {
  return policy.locales.map((locale) => {
    const target = renderedPath(policyFile, locale);
    mkdirSync(dirname(target), { recursive: true });
    writeFileAtomic(target, renderMarkdown(policy, locale));
    return target;
  });
}
