// The public API of @policy/cli: run the `policy` command from code (as the binary does).
export { ExitCode } from "./exit-code.js";
export type { Io } from "./io.js";
export { main, run } from "./main.js";
