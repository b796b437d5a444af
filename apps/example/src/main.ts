import { readFileSync } from "node:fs";
import { catalog } from "@policy/catalog";
import { formatIssue, safeLoadPolicy } from "@policy/core";
import { writeRenderings } from "./render.js";
import { summarize } from "./summarize.js";

// Exit codes scripts can rely on: 0 valid, 1 the policy has errors, 2 a file cannot be read or written.
const file = process.argv[2] ?? "policy.yaml";
let text: string;
try {
  text = readFileSync(file, "utf8");
} catch (error) {
  process.stderr.write(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}\n`);
  process.exit(2);
}

const result = safeLoadPolicy(text, { filename: file, catalog });
if (result.success) {
  process.stdout.write(summarize(result.policy, result.issues));
  try {
    const written = writeRenderings(result.policy, file);
    process.stdout.write(`\nWrote the policy as Markdown and HTML:\n${written.map((path) => `  ${path}\n`).join("")}`);
  } catch (error) {
    process.stderr.write(`cannot write the rendered policy: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  }
} else {
  process.stderr.write(`${result.issues.map(formatIssue).join("\n")}\n`);
  process.exitCode = 1;
}
