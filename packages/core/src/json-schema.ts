import * as z from "zod";
import { PolicySchema } from "./model/policy.js";

/**
 * The JSON Schema of a policy file, for editors (`$schema` in YAML or JSON) and other tools.
 * It describes what may be written (the input), so defaulted fields are optional.
 */
export function policyJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(PolicySchema, { io: "input", target: "draft-2020-12", unrepresentable: "throw" }) as Record<string, unknown>;
}
