import { compose } from "@policy/core";
import { describe, expect, it } from "vitest";
import { examplePolicy, tick } from "../../test/helpers.js";
import { entryLines } from "./entry-lines.js";
import { indexPicker } from "./index-picker.js";
import { navigation } from "./navigation.js";
import { LocaleModel } from "./policy-model.js";
import { warmUp } from "./warm-up.js";

const text = (lines: readonly { plain: string }[]) => lines.map((line) => line.plain).join("\n");
const document = () => compose(examplePolicy(), { locale: "en", index: true });

describe("the work done ahead of the keys", () => {
  it("lays out a kind of data a section at a time to the same lines, and a key that needs it first finishes the rest", () => {
    const fresh = indexPicker(document().index!, "data");
    const warmed = indexPicker(document().index!, "data");
    const ip = warmed.keys.indexOf("data-index--user-device-ip-address");
    const steps = warmed.prepare(ip, 60);
    // Two steps: the entry's own text, and its first service; the rest is left for the key.
    expect(steps.next().done).toBe(false);
    expect(steps.next().done).toBe(false);
    expect(text(warmed.lines(ip, 60))).toBe(text(fresh.lines(ip, 60)));
    // The layout the key finished is the one the background began: nothing is left for it to do.
    expect(steps.next().done).toBe(true);
  });

  it("lays out every section ahead to the lines a key would make", async () => {
    const model = new LocaleModel(document());
    const stop = warmUp(model, 60);
    for (let i = 0; i < 50; i++) await tick();
    stop();
    const fresh = navigation(document());
    expect(model.entries.map((entry) => text(entryLines(entry, 60)))).toEqual(fresh.map((entry) => text(entryLines(entry, 60))));
  });
});
