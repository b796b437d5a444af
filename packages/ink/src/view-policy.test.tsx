import { EventEmitter } from "node:events";
import { compose, type Policy } from "@policy/core";
import { describe, expect, it } from "vitest";
import { fakeTerminal } from "../test/fake-terminal.js";
import { examplePolicy, keys, tick } from "../test/helpers.js";
import { ViewOptionsError } from "./options.js";
import { enterScreen, leaveScreen, viewPolicy } from "./view-policy.js";

/** The terminal is back as it was: the shell's screen, the cursor shown, raw mode off. */
function expectRestored(terminal: ReturnType<typeof fakeTerminal>): void {
  expect(terminal.stdout.writes[0]).toBe(enterScreen);
  expect(terminal.stdout.writes.at(-1)).toBe(leaveScreen);
  expect(leaveScreen).toContain("\u001b[?1049l");
  expect(leaveScreen).toContain("\u001b[?25h");
  expect(terminal.stdin.setRawMode.mock.calls.at(-1)).toEqual([false]);
}

describe("viewPolicy", () => {
  it("draws on the alternate screen, resolves on q and gives the terminal back", async () => {
    const terminal = fakeTerminal();
    const done = viewPolicy(examplePolicy(), { locale: "en", ...terminal.streams });
    await tick();
    expect(terminal.stdin.setRawMode).toHaveBeenCalledWith(true);
    terminal.stdin.write("q");
    await expect(done).resolves.toBeUndefined();
    expect(terminal.stdout.output).toContain("Lindenberg & Ohm Beratung GmbH");
    expectRestored(terminal);
  });

  it("gives the terminal back on Ctrl-C", async () => {
    const terminal = fakeTerminal();
    const done = viewPolicy(examplePolicy(), { locale: "de", ...terminal.streams });
    await tick();
    terminal.stdin.write(keys.ctrlC);
    await expect(done).resolves.toBeUndefined();
    expectRestored(terminal);
  });

  it("gives the terminal back when the viewer throws, and rejects with the error", async () => {
    const terminal = fakeTerminal();
    // A policy in form (so viewPolicy takes the screen) that compose cannot read.
    const broken = { ...examplePolicy(), services: [null] } as unknown as Policy;
    await expect(viewPolicy(broken, { locale: "en", ...terminal.streams })).rejects.toThrow();
    expectRestored(terminal);
  });
});

describe("viewPolicy options", () => {
  it("refuses a document without its index, or in another language, before it takes the screen", async () => {
    const terminal = fakeTerminal();
    const plain = compose(examplePolicy(), { locale: "de" });
    await expect(viewPolicy(plain, terminal.streams)).rejects.toThrow(/^index needs the document's index/);
    const indexed = compose(examplePolicy(), { locale: "de", index: true });
    await expect(viewPolicy(indexed, { locale: "en", ...terminal.streams })).rejects.toThrow(
      'locale must match the document\'s language: got "en", the document is in "de"',
    );
    await expect(viewPolicy(indexed, { locale: "en", ...terminal.streams })).rejects.toBeInstanceOf(ViewOptionsError);
    expect(terminal.stdout.writes).toEqual([]);
  });

  it.each([
    [{ locale: "sv" }, "locale", 'locale must be one of en, de, fr, it, es, nl, pl, got "sv"'],
    [{ color: "yes" }, "color", 'color must be true or false, got "yes"'],
    [{ stdin: fakeTerminal().streams.stdin, stdout: {} }, "stdout", "stdout must be a writable stream"],
    [{ stdin: { on() {} } }, "stdin", "stdin must be a readable stream"],
    [{ stdin: Object.assign(new EventEmitter(), { read: () => null, isTTY: false }) }, "stdin", "stdin must be a terminal (a TTY)"],
    [{ colour: true }, "colour", "colour is not an option; the options are locale, color, stdin, stdout, stderr, warnings"],
  ])("rejects %j with an error naming %s", async (options, option, message) => {
    const error = await viewPolicy(examplePolicy(), options as never).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ViewOptionsError);
    expect((error as ViewOptionsError).option).toBe(option);
    expect((error as ViewOptionsError).message).toContain(message);
  });
});
