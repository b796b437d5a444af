import { cleanup } from "ink-testing-library";
import { afterEach, expect, it, vi } from "vitest";
import { keys, press } from "../../test/helpers.js";
import { renderViewer, untilComposed } from "../../test/render-viewer.js";

// Counts the documents the viewer asks for (policyDocuments composes a Policy on every call of
// its document method); the real policyDocuments does the work.
const composed = vi.hoisted(() => [] as string[]);
vi.mock("@policy/core/render", async (importOriginal) => {
  const render = await importOriginal<typeof import("@policy/core/render")>();
  return {
    ...render,
    policyDocuments: (...args: Parameters<typeof render.policyDocuments>) => {
      const documents = render.policyDocuments(...args);
      return {
        ...documents,
        document: (locale: Parameters<typeof documents.document>[0]) => {
          composed.push(locale);
          return documents.document(locale);
        },
      };
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
  await press(stdin, "l");
  await untilComposed(screen);
  expect(screen()).toContain("Idioma: Español");
  await press(stdin, "l", "l", "l", "l");
  expect(screen()).toContain("Language: English");
  expect(composed).toEqual(["en", "de", "es"]);
});
