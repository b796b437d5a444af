import { cleanup } from "ink-testing-library";
import { afterEach, describe, expect, it } from "vitest";
import { keys, press } from "../test/helpers.js";
import { renderViewer } from "../test/render-viewer.js";

afterEach(cleanup);

/** The list of the data or transfers view: the rows left of the " │ " rule, under the index's title. */
function choices(screen: string): string[] {
  return screen
    .split("\n")
    .slice(4, -2)
    .map((line) => line.split(" │ ")[0]?.trim() ?? "")
    .filter((row) => row !== "");
}

const footer = (screen: string): string => screen.split("\n").at(-1) ?? "";

describe("the data view's filter", () => {
  it("/ filters the kinds of data as one types, keeps the filter on Enter, and Esc clears it before it closes the view", async () => {
    const { stdin, screen } = await renderViewer({ rows: 40 });
    await press(stdin, "d");
    const all = choices(screen());
    expect(all.length).toBeGreaterThan(5);
    expect(all).toContain("IP address");

    await press(stdin, "/", "a", "d", "d");
    // Typed letters are the filter's, not keys: "d" did not close the view.
    expect(screen().split("\n")[3]).toBe("Which services process this data?");
    const filtered = choices(screen());
    expect(filtered.length).toBeGreaterThan(0);
    expect(filtered.length).toBeLessThan(all.length);
    for (const row of filtered) expect(row.replace(/^› /, "").toLowerCase()).toContain("add");
    expect(footer(screen())).toMatch(new RegExp(`^Filter: add {3}${filtered.length} of ${all.length} shown · Enter keep · Esc clear`));
    // The answer beside it is the first choice the filter shows.
    expect(filtered[0]).toMatch(/^› /);

    await press(stdin, keys.enter);
    expect(footer(screen())).toMatch(/^filtered by “add” · ↑↓ pick/);
    expect(screen().split("\n")[22 + 16]).toMatch(new RegExp(`─ 1 of ${filtered.length} · \\d+% ─$`));
    // ↓ moves among the choices shown only.
    await press(stdin, "G");
    expect(choices(screen()).at(-1)).toMatch(/^› /);
    expect(choices(screen())).toHaveLength(filtered.length);

    await press(stdin, keys.escape);
    expect(choices(screen())).toHaveLength(all.length);
    expect(screen().split("\n")[3]).toBe("Which services process this data?");
    await press(stdin, keys.escape);
    expect(screen().split("\n")[3]).not.toBe("Which services process this data?");
  });

  it("says so when nothing matches, and Esc in the filter line drops the filter", async () => {
    const { stdin, screen } = await renderViewer();
    await press(stdin, "t", "/", "z", "q", "x");
    expect(choices(screen())).toEqual(["Nothing here matches “zqx”."]);
    expect(footer(screen())).toMatch(/^Filter: zqx {3}0 of 3 shown/);
    await press(stdin, keys.escape);
    expect(choices(screen())).toEqual(["› Canada (1)", "India (1)", "United States (3)"]);
    expect(footer(screen())).toMatch(/^↑↓ pick/);
  });
});
