// Writes policy.schema.json from the built zod schemas. Run `npm run build` first;
// a test fails when the committed file differs from what this writes.
import { writeFileSync } from "node:fs";
import { policyJsonSchema } from "../dist/index.js";

const target = new URL("../policy.schema.json", import.meta.url);
writeFileSync(target, `${JSON.stringify(policyJsonSchema(), null, 2)}\n`);
console.log(`wrote ${target.pathname}`);
