import { cleanup } from "ink-testing-library";
import { afterEach, describe, expect, it } from "vitest";
import { keys, press } from "../test/helpers.js";
import { renderViewer } from "../test/render-viewer.js";

afterEach(cleanup);

const lines = (screen: string): string[] => screen.split("\n");

describe("where one is", () => {
  it("says which section of how many is open, and how far down its text one has read", async () => {
    const { stdin, screen } = await renderViewer({ columns: 100, rows: 20 });
    const count = Number(/section 1 of (\d+) · /.exec(lines(screen())[18] ?? "")?.[1]);
    expect(count).toBeGreaterThan(10);
    await press(stdin, "j", "j", keys.enter);
    const start = /─ section 3 of \d+ · (\d+)% ─$/.exec(lines(screen())[18] ?? "");
    expect(start).not.toBeNull();
    await press(stdin, keys.pageDown);
    const paged = /─ section 3 of \d+ · (\d+)% ─$/.exec(lines(screen())[18] ?? "");
    expect(Number(paged?.[1])).toBeGreaterThan(Number(start?.[1]));
    await press(stdin, "G");
    expect(lines(screen())[18]).toMatch(new RegExp(`─ section 3 of ${count} · 100% ─$`));
  });

  it("keeps the open section's title in view on a narrow screen, however far one scrolls", async () => {
    const { stdin, screen } = await renderViewer({ columns: 60, rows: 20 });
    expect(lines(screen())[2]).toBe(`━ Sections ${"━".repeat(49)}`);
    // The list alone: the position says the section, not how much of a text that is not shown.
    expect(lines(screen())[18]).toMatch(/─ section 1 of \d+ ─$/);
    await press(stdin, "j", "j", keys.enter, keys.pageDown, keys.pageDown);
    expect(lines(screen())[2]).toMatch(/^━ Video meetings with Zoom ━+$/);
    expect(lines(screen())[3]).not.toBe("Video meetings with Zoom");
    expect(lines(screen())[18]).toMatch(/─ section 3 of \d+ · \d+% ─$/);
  });

  it("shows which pane has the focus, without colour too, and the footer's keys follow it", async () => {
    const { stdin, screen } = await renderViewer({ color: false });
    // The list has it: its title bold on a heavy rule, the text's on a light one.
    expect(lines(screen())[2]).toMatch(/^━ Sections ━+─┬─ Overview ─+$/);
    expect(lines(screen())[23]).toMatch(/^↑↓ move · Enter read · \/ search · Tab text/);
    await press(stdin, keys.tab);
    expect(lines(screen())[2]).toMatch(/^─ Sections ─+─┬━ Overview ━+$/);
    expect(lines(screen())[23]).toMatch(/^↑↓ scroll · Space page · ← list · \/ search/);
    await press(stdin, "d");
    expect(lines(screen())[2]).toMatch(/^━ Kinds of data ━+─┬─ Technical operating data ─+$/);
    expect(lines(screen())[22]).toMatch(/─ 1 of \d+ · \d+% ─$/);
    expect(lines(screen())[23]).toMatch(/^↑↓ pick · Enter details · \/ filter · Esc close/);
    await press(stdin, keys.enter);
    expect(lines(screen())[2]).toMatch(/^─ Kinds of data ─+─┬━ Technical operating data ━+$/);
    expect(lines(screen())[23]).toMatch(/^↑↓ scroll · ← list · \/ filter · Esc close/);
  });
});
