import { describe, expect, it } from "vitest";
import { RenderOptionsError } from "./options-error.js";

class ExampleOptionsError extends RenderOptionsError {
  override readonly name = "ExampleOptionsError";
}

describe("RenderOptionsError", () => {
  it("is a TypeError that names the option", () => {
    const error = new RenderOptionsError("toc.depth", "toc.depth must be an integer from 1 to 6, got 7");
    expect(error).toBeInstanceOf(TypeError);
    expect(error).toBeInstanceOf(Error);
    expect(error.option).toBe("toc.depth");
    expect(error.message).toBe("toc.depth must be an integer from 1 to 6, got 7");
    expect(error.name).toBe("RenderOptionsError");
  });

  it("is the base of each renderer's own error, which keeps its name", () => {
    const error = new ExampleOptionsError("locale", 'locale must be one of en, de, got "fr"');
    expect(error).toBeInstanceOf(ExampleOptionsError);
    expect(error).toBeInstanceOf(RenderOptionsError);
    expect(error).toBeInstanceOf(TypeError);
    expect(error.name).toBe("ExampleOptionsError");
    expect(error.option).toBe("locale");
    expect(String(error)).toBe('ExampleOptionsError: locale must be one of en, de, got "fr"');
  });
});
