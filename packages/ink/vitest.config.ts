import { defineProject } from "vitest/config";

export default defineProject({
  test: {
    name: "ink",
    include: ["src/**/*.test.ts", "src/**/*.test.tsx", "test/**/*.test.ts", "test/**/*.test.tsx"],
  },
});
