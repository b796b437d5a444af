import { cleanup } from "ink-testing-library";
import { afterEach, describe, expect, it } from "vitest";
import { keys, press } from "../test/helpers.js";
import { renderViewer } from "../test/render-viewer.js";
import { resolveViewOptions } from "./options.js";

afterEach(cleanup);

const warnings = [
  "policy.yaml:12:9 warning services[0]: people give you some of this data: say in provision whether they must (missing-provision)",
  "policy.yaml:30:5 warning services[1].processor: Stripe: the provider's documents do not confirm entity.address (unconfirmed-fact)",
];

describe("the help", () => {
  it("scrolls where the terminal is shorter than it, and lists every key, Ctrl-C and Home/End included", async () => {
    const { stdin, screen } = await renderViewer({ rows: 12 });
    await press(stdin, "?");
    expect(screen().split("\n")[3]).toBe("Keys");
    // Page by page, the whole help: more than one screen.
    const pages = [screen()];
    for (let i = 0; i < 6; i++) {
      await press(stdin, keys.pageDown);
      pages.push(screen());
    }
    expect(pages[1]?.split("\n")[3]).not.toBe("Keys");
    const all = pages.join("\n");
    expect(all).toMatch(/g {2}G {2}Home End +top and bottom/);
    expect(all).toMatch(/q {2}Ctrl-C +quit/);
    expect(all).toMatch(/w +the warnings about the policy/);
    await press(stdin, "g");
    expect(screen().split("\n")[3]).toBe("Keys");
    expect(screen().split("\n").at(-1)).toBe("↑↓ scroll · Esc or ? close · q quit");
  });
});

describe("the warnings", () => {
  it("are counted in the header, listed on w, and closed with Esc", async () => {
    const { stdin, screen } = await renderViewer({ warnings });
    expect(screen().split("\n")[1]).toBe("Version 1.0 · effective 2026-12-01 · Language: English · 2 warnings (w)");
    await press(stdin, "w");
    const list = screen();
    expect(list.split("\n")[3]).toBe("2 warnings about this policy");
    expect(list).toContain("policy.yaml:12:9 warning services[0]: people give you some of this data");
    expect(list).toContain("Esc or w closes this list.");
    await press(stdin, keys.escape);
    expect(screen()).toContain("› Overview");
  });

  it("are neither counted nor listed where there are none", async () => {
    const { stdin, screen } = await renderViewer();
    expect(screen().split("\n")[1]).toBe("Version 1.0 · effective 2026-12-01 · Language: English");
    const before = screen();
    await press(stdin, "w");
    expect(screen()).toBe(before);
  });

  it("must be lines of text", () => {
    const stdin = Object.assign(process.stdin, {});
    const tty = Object.create(stdin, { isTTY: { value: true } }) as NodeJS.ReadStream;
    expect(() => resolveViewOptions({ stdin: tty, warnings: [1] as never })).toThrow("warnings must be an array of strings");
  });
});
