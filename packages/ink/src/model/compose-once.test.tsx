import { cleanup } from "ink-testing-library";
import { afterEach, expect, it, vi } from "vitest";
import { keys, press } from "../../test/helpers.js";
import { renderViewer, untilComposed } from "../../test/render-viewer.js";

// Counts the documents composed while the viewer runs (documentFor composes a Policy); the real
// documentFor does the work.
const composed = vi.hoisted(() => [] as string[]);
vi.mock("@policy/core/render", async (importOriginal) => {
  const render = await importOriginal<typeof import("@policy/core/render")>();
  return {
    ...render,
    documentFor: (...args: Parameters<typeof render.documentFor>) => {
      if (args[1] !== undefined) composed.push(args[1]);
      return render.documentFor(...args);
    },
  };
});

afterEach(() => cleanup());

it("composes each language once, never again on a key press", async () => {
  const { stdin, screen } = await renderViewer();
  expect(composed).toEqual(["en"]);
  await press(
    stdin,
    "j",
    "j",
    keys.enter,
    keys.pageDown,
    "/",
    "Zoom",
    keys.enter,
    "n",
    "N",
    "d",
    "j",
    keys.escape,
    "t",
    keys.escape,
    "?",
    keys.escape,
  );
  expect(composed).toEqual(["en"]);
  await press(stdin, "l");
  await untilComposed(screen);
  expect(screen()).toContain("Sprache: Deutsch");
  await press(stdin, "l", "l", "l");
  expect(screen()).toContain("Language: English");
  expect(composed).toEqual(["en", "de"]);
});
