import { defineProject } from "vitest/config";

export default defineProject({
  test: {
    name: "records",
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
  },
});
