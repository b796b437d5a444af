import { cleanup } from "ink-testing-library";
import { afterEach, describe, expect, it } from "vitest";
import { keys, press } from "../test/helpers.js";
import { renderViewer } from "../test/render-viewer.js";

afterEach(cleanup);

const ctrl = { a: "\u0001", e: "\u0005", u: "\u0015", w: "\u0017" } as const;

const footer = (screen: string): string => screen.split("\n").at(-1) ?? "";

describe("the search line", () => {
  it("takes the cursor keys, Ctrl-A and Ctrl-E, Ctrl-W and Ctrl-U", async () => {
    const { stdin, screen } = await renderViewer();
    await press(stdin, "/", "i", "p", " ", "a", "d", "r", "e", "s", "s");
    expect(footer(screen())).toMatch(/^Search: ip adress {3}found in/);
    // The missing "d": back four, type it, and the text is whole. The cursor is on the "d" after it
    // (the cell at the end of the line only when the cursor is there).
    await press(stdin, keys.left, keys.left, keys.left, keys.left, "d");
    expect(footer(screen())).toMatch(/^Search: ip address {2}found in \d+ sections/);
    // Ctrl-W deletes the word before the cursor: "ip add" goes to "ip ", with "ress" after the cursor.
    await press(stdin, ctrl.w);
    expect(footer(screen())).toMatch(/^Search: ip ress {2}/);
    await press(stdin, ctrl.e, ctrl.w);
    expect(footer(screen())).toMatch(/^Search: ip {4}found in/);
    await press(stdin, ctrl.a, "x", ctrl.e, "y");
    expect(footer(screen())).toMatch(/^Search: xip y {3}/);
    // Ctrl-U deletes from the cursor to the start.
    await press(stdin, ctrl.u);
    expect(footer(screen())).toMatch(/^Search: {4}Enter search · Esc cancel/);
    await press(stdin, "z", "o", "o", "m", keys.right, keys.enter);
    expect(footer(screen())).toMatch(/^“zoom”: match 1 of \d+/);
  });

  it("says which match of all is shown, counts each n, and says when the search wraps", async () => {
    const { stdin, screen } = await renderViewer({ rows: 30 });
    await press(stdin, "/", "Brevo", keys.enter);
    const first = /^“Brevo”: match 1 of (\d+) · n next/.exec(footer(screen()));
    expect(first).not.toBeNull();
    const total = Number(first?.[1]);
    expect(total).toBeGreaterThan(5);
    // Every n is the next match, through all of them: the count is the number of matches n visits.
    for (let match = 2; match <= total; match++) {
      await press(stdin, "n");
      expect(footer(screen())).toMatch(new RegExp(`^“Brevo”: match ${match} of ${total} · n next`));
    }
    await press(stdin, "n");
    expect(footer(screen())).toMatch(new RegExp(`^wrapped to the first match · “Brevo”: match 1 of ${total}`));
    await press(stdin, "N");
    expect(footer(screen())).toMatch(new RegExp(`^wrapped to the last match · “Brevo”: match ${total} of ${total}`));
    // The notice lasts until the next key.
    await press(stdin, "N");
    expect(footer(screen())).toMatch(new RegExp(`^“Brevo”: match ${total - 1} of ${total}`));
    // Away from the matches, the footer counts the sections with the text.
    await press(stdin, keys.tab, "g");
    expect(footer(screen())).toMatch(/^“Brevo”: in \d+ sections · n next/);
  });

  it("speaks German in the German viewer", async () => {
    const { stdin, screen } = await renderViewer({ locale: "de", rows: 30 });
    await press(stdin, "/", "Brevo", keys.enter);
    expect(footer(screen())).toMatch(/^„Brevo“: Treffer 1 von \d+ · n weiter/);
  });
});
