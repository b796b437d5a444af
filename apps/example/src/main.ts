import { readFileSync } from "node:fs";
import { catalog } from "@policy/catalog";
import { formatIssue, safeLoadPolicy } from "@policy/core";
import { summarize } from "./summarize.js";

// Exit codes scripts can rely on: 0 valid, 1 the policy has errors, 2 the file cannot be read.
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
} else {
  process.stderr.write(`${result.issues.map(formatIssue).join("\n")}\n`);
  process.exitCode = 1;
}
