import { createColors } from "picocolors";

export type Colors = ReturnType<typeof createColors>;

/**
 * Whether to colour what goes to `stream`. FORCE_COLOR wins when set (0 or false turn colour
 * off), as in Node itself; then NO_COLOR (https://no-color.org: any non-empty value); then
 * colour only for a terminal that is not "dumb".
 */
export function wantsColor(stream: { readonly isTTY?: boolean }, env: NodeJS.ProcessEnv): boolean {
  const force = env.FORCE_COLOR;
  if (force !== undefined) return force !== "0" && force.toLowerCase() !== "false";
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== "") return false;
  return stream.isTTY === true && env.TERM !== "dumb";
}

export function colorsFor(stream: { readonly isTTY?: boolean }, env: NodeJS.ProcessEnv): Colors {
  return createColors(wantsColor(stream, env));
}
