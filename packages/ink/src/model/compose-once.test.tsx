import { cleanup } from "ink-testing-library";
import { afterEach, expect, it, vi } from "vitest";
import { keys, press } from "../../test/helpers.js";
import { renderViewer, untilComposed } from "../../test/render-viewer.js";

// Counts compose calls while the viewer runs; the real compose does the work.
const composed = vi.hoisted(() => [] as string[]);
vi.mock("@policy/core", async (importOriginal) => {
  const core = await importOriginal<typeof import("@policy/core")>();
  return {
    ...core,
    compose: (...args: Parameters<typeof core.compose>) => {
      composed.push(args[1].locale);
      return core.compose(...args);
    },
  };
});

afterEach(() => cleanup());

it("composes each language once, never again on a key press", async () => {
  const { stdin, screen } = await renderViewer();
  expect(composed).toEqual(["en"]);
  await press(stdin, "j", "j", keys.enter, keys.pageDown, "/", "Zoom", keys.enter, "n", "N", "d", "j", keys.escape, "t", keys.escape, "?", keys.escape);
  expect(composed).toEqual(["en"]);
  await press(stdin, "l");
  await untilComposed(screen);
  expect(screen()).toContain("Sprache: Deutsch");
  await press(stdin, "l", "l", "l");
  expect(screen()).toContain("Language: English");
  expect(composed).toEqual(["en", "de"]);
});
