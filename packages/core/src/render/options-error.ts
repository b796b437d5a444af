/**
 * A renderer's option with a wrong value. The message starts with the option's name; `option` holds
 * it too. Each renderer throws its own subclass (`MarkdownOptionsError` in `@policy/markdown`,
 * `HtmlOptionsError` in `@policy/html`, `ViewOptionsError` in `@policy/ink`), so a caller can catch
 * one renderer's errors, or any renderer's with `instanceof RenderOptionsError`.
 */
export class RenderOptionsError extends TypeError {
  override readonly name: string = "RenderOptionsError";
  readonly option: string;

  constructor(option: string, message: string) {
    super(message);
    this.option = option;
  }
}

/** A renderer's own options error class, which the shared checks throw (`optionChecks`, `documentFor`). */
export type OptionsErrorClass = new (option: string, message: string) => RenderOptionsError;
