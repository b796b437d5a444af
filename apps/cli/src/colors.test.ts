import { describe, expect, it } from "vitest";
import { wantsColor } from "./colors.js";

const tty = { isTTY: true };
const pipe = { isTTY: false };

describe("wantsColor", () => {
  it("colours a terminal, not a pipe, and not a dumb terminal", () => {
    expect(wantsColor(tty, {})).toBe(true);
    expect(wantsColor(pipe, {})).toBe(false);
    expect(wantsColor(tty, { TERM: "dumb" })).toBe(false);
  });

  it("honours NO_COLOR when it is set to anything but the empty string", () => {
    expect(wantsColor(tty, { NO_COLOR: "1" })).toBe(false);
    expect(wantsColor(tty, { NO_COLOR: "" })).toBe(true);
  });

  it("lets FORCE_COLOR decide, over NO_COLOR and the kind of stream, as Node does", () => {
    expect(wantsColor(pipe, { FORCE_COLOR: "1" })).toBe(true);
    expect(wantsColor(pipe, { FORCE_COLOR: "" })).toBe(true);
    expect(wantsColor(tty, { FORCE_COLOR: "0" })).toBe(false);
    expect(wantsColor(tty, { FORCE_COLOR: "false" })).toBe(false);
    expect(wantsColor(pipe, { FORCE_COLOR: "1", NO_COLOR: "1" })).toBe(true);
  });
});
