import type { Command } from "commander";
import type { Context } from "../context.js";

export function schemaCommand(program: Command, context: Context): void {
  program
    .command("schema")
    .description("print the JSON Schema of a policy file (for editors and other tools)")
    .addHelpText(
      "after",
      `
The same schema ships as @policy/core/policy.schema.json. To get completion and checks in an editor with
the YAML language server, start policy.yaml with:
  # yaml-language-server: $schema=./node_modules/@policy/core/policy.schema.json

Examples:
  $ policy schema > policy.schema.json`,
    )
    .action(async () => {
      const { policyJsonSchema } = await import("@policy/core");
      context.io.stdout.write(`${JSON.stringify(policyJsonSchema(), null, 2)}\n`);
    });
}
