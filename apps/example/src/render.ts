import { mkdirSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import type { Locale, Policy } from "@policy/core";
import { toHtml } from "@policy/html";
import { toMarkdown } from "@policy/markdown";
import { writeFileAtomic } from "./write-file-atomic.js";

/** The options the example renders with; the golden files are checked against the same. */
export const markdownOptions = { toc: true } as const;
export const pageOptions = { toc: true, standalone: true } as const;
export const fragmentOptions = { toc: true } as const;

/** The renderings `npm start` writes for each language, by the file name's ending. */
export const renderings = {
  md: (policy: Policy, locale: Locale) => toMarkdown(policy, { ...markdownOptions, locale }),
  html: (policy: Policy, locale: Locale) => toHtml(policy, { ...pageOptions, locale }),
  "fragment.html": (policy: Policy, locale: Locale) => toHtml(policy, { ...fragmentOptions, locale }),
} as const;
export type RenderingKind = keyof typeof renderings;

/**
 * Where the rendering of a policy file in one language goes: `rendered/policy.en.md` in a folder
 * beside it, so an output can never land on the input.
 */
export function renderedPath(policyFile: string, locale: Locale, kind: RenderingKind = "md"): string {
  const name = basename(policyFile).replace(/\.(ya?ml|json)$/i, "");
  return join(dirname(policyFile), "rendered", `${name}.${locale}.${kind}`);
}

/** Renders the policy in each of its languages, as Markdown, an HTML page and an HTML fragment; returns the files written. */
export function writeRenderings(policy: Policy, policyFile: string): string[] {
  return policy.locales.flatMap((locale) =>
    (Object.keys(renderings) as RenderingKind[]).map((kind) => {
      const target = renderedPath(policyFile, locale, kind);
      mkdirSync(dirname(target), { recursive: true });
      writeFileAtomic(target, renderings[kind](policy, locale));
      return target;
    }),
  );
}
