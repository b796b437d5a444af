import { defineProject } from "vitest/config";

export default defineProject({
  test: {
    name: "cli",
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    // The end-to-end tests start the built `policy` binary, a Node process each.
    testTimeout: 30_000,
  },
});
