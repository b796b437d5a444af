import { RenderOptionsError } from "@policy/core/render";
import { describe, expect, it } from "vitest";
import { resolveViewOptions, ViewOptionsError } from "./options.js";

function optionError(run: () => unknown): ViewOptionsError {
  try {
    run();
  } catch (error) {
    if (error instanceof ViewOptionsError) return error;
    throw error;
  }
  throw new Error("expected a ViewOptionsError");
}

describe("ViewOptionsError", () => {
  it("is the renderers' RenderOptionsError and a TypeError, with its own name and the option", () => {
    const error = optionError(() => resolveViewOptions({ colour: false } as never));
    expect(error).toBeInstanceOf(ViewOptionsError);
    expect(error).toBeInstanceOf(RenderOptionsError);
    expect(error).toBeInstanceOf(TypeError);
    expect(error.name).toBe("ViewOptionsError");
    expect(error.option).toBe("colour");
    expect(String(error)).toBe("ViewOptionsError: colour is not an option; the options are locale, color, stdin, stdout, stderr, warnings");
  });

  it("is what @policy/ink/text throws too", async () => {
    const text = await import("./text/to-text.js");
    expect(text.ViewOptionsError).toBe(ViewOptionsError);
    expect(() => text.toText({} as never, { width: 5 })).toThrow(RenderOptionsError);
  });
});
