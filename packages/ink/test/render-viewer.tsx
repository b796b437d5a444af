import type { RenderInput } from "@policy/core/render";
import { render } from "ink-testing-library";
import { de } from "../src/messages/de.js";
import { en } from "../src/messages/en.js";
import { es } from "../src/messages/es.js";
import { PolicyViewer, type PolicyViewerProps } from "../src/policy-viewer.js";
import { examplePolicy, plain, tick } from "./helpers.js";

/** Gives the test stdout a size and tells the viewer, as a terminal does on a resize. */
export function resize(stdout: NodeJS.EventEmitter, columns: number, rows: number): void {
  Object.defineProperty(stdout, "columns", { value: columns, configurable: true });
  Object.defineProperty(stdout, "rows", { value: rows, configurable: true });
  stdout.emit("resize");
}

/** Whether the frame is the one drawn while a language is being composed. */
export function composing(screen: string): boolean {
  return screen.includes(en.composing) || screen.includes(de.composing) || screen.includes(es.composing);
}

/** Waits (a tick at a time, 2 s at most) until the viewer shows the text, not "Composing the policy…". */
export async function untilComposed(screen: () => string): Promise<void> {
  for (let i = 0; i < 50 && composing(screen()); i++) await tick();
  if (composing(screen())) throw new Error(`the viewer is still composing after 2 s:\n${screen()}`);
}

/**
 * The viewer on the example policy (or another), at a size, once its text is shown: the very
 * first frame says the policy is being composed (see policy-viewer.test.tsx for that frame).
 */
export async function renderViewer(options: { policy?: RenderInput; columns?: number; rows?: number } & Partial<PolicyViewerProps> = {}) {
  const { policy = examplePolicy(), columns = 100, rows = 24, ...props } = options;
  const rendered = render(<PolicyViewer policy={policy} locale="en" color={true} {...props} />);
  resize(rendered.stdout, columns, rows);
  const screen = () => plain(rendered.lastFrame());
  await tick();
  await untilComposed(screen);
  return { ...rendered, screen };
}
