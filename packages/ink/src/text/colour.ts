/**
 * Whether to use colour: not when NO_COLOR is set to anything but the empty string
 * (https://no-color.org). Attributes such as bold and inverse stay, see `theme.ts`.
 */
export function colourFromEnv(env: Readonly<Record<string, string | undefined>>): boolean {
  const noColor = env.NO_COLOR;
  return noColor === undefined || noColor === "";
}
