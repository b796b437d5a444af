import { execFileSync, spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

// A real terminal: tmux runs the built viewer (test/fixtures/view-example.mjs) on the example policy.
// `npm test` builds every package first, so the dist files it imports exist.
const root = fileURLToPath(new URL("../../../", import.meta.url));
const socket = `policy-ink-test-${process.pid}`;
const session = "viewer";

function tmux(...args: string[]): string {
  return execFileSync("tmux", ["-L", socket, "-f", "/dev/null", ...args], { encoding: "utf8" });
}

function screen(): string {
  return tmux("capture-pane", "-p", "-t", session);
}

/** Waits until the screen shows what `test` looks for, and returns it; fails with the screen after 15 s. */
async function waitFor(test: (text: string) => boolean, what: string): Promise<string> {
  const until = Date.now() + 15_000;
  let text = screen();
  while (!test(text)) {
    if (Date.now() > until) throw new Error(`the screen never showed ${what}; it shows:\n${text}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
    text = screen();
  }
  return text;
}

function send(...keys: string[]): void {
  for (const key of keys) tmux("send-keys", "-t", session, key);
}

describe("the viewer in a real terminal (tmux)", () => {
  beforeAll(() => {
    const version = spawnSync("tmux", ["-V"], { encoding: "utf8" });
    if (version.error !== undefined || version.status !== 0) {
      throw new Error("tmux is not installed: this test needs it to run the viewer in a real terminal (apt-get install tmux)");
    }
    // A plain shell with a known prompt, in a terminal of a fixed size.
    execFileSync("tmux", ["-L", socket, "-f", "/dev/null", "new-session", "-d", "-s", session, "-x", "100", "-y", "30", "-c", root, "env", "PS1=$ ", "sh"]);
  });

  afterAll(() => {
    spawnSync("tmux", ["-L", socket, "kill-server"]);
  });

  it("shows the policy, answers keys, and gives the shell back after q, not in raw mode", { timeout: 60_000 }, async () => {
    // Ink draws only the last frame when it thinks it runs in CI: the viewer runs without those variables, as for a person.
    send("env -u CI -u CONTINUOUS_INTEGRATION TERM=xterm-256color node packages/ink/test/fixtures/view-example.mjs", "Enter");
    const first = await waitFor((text) => text.includes("› Overview") && text.includes("This privacy policy explains"), "the first frame");
    const lines = first.split("\n");
    expect(lines[0]).toBe("Privacy policy · Lindenberg & Ohm Beratung GmbH");
    expect(lines[1]).toBe("Version 1.0 · effective 2026-12-01 · Language: English");
    // Full screen: the shell's command line is gone (alternate screen) and the footer is on the last row.
    expect(first).not.toContain("packages/ink/test/fixtures/");
    expect(lines[29]).toMatch(/^↑↓ move · Enter open/);

    send("j", "j");
    await waitFor((text) => text.includes("›   Video meetings with Zoom") && text.includes("What is Zoom?"), "the Zoom service");

    send("d");
    await waitFor((text) => text.includes("Which services process this data?"), "the data view");
    send("Escape", "l");
    // The header says Deutsch at once, over "Die Datenschutzerklärung wird erstellt…"; the text follows.
    const german = await waitFor((text) => text.includes("Was ist Zoom?"), "the German text");
    expect(german.split("\n")[1]).toBe("Version 1.0 · gültig ab 2026-12-01 · Sprache: Deutsch");
    expect(german).toContain("›   Videokonferenzen mit Zoom");

    send("q");
    const after = await waitFor((text) => text.includes("viewer closed") && /^\$ ?$/m.test(text), "the shell prompt");
    // The shell's own screen is back, with the command that started the viewer.
    expect(after).toContain("$ env -u CI -u CONTINUOUS_INTEGRATION TERM=xterm-256color node packages/ink/test/fixtures/");
    expect(after).not.toContain("Lindenberg & Ohm");

    send("stty -a | tr ' ' '\\n' | grep -E '^-?(icanon|echo)$' | tr '\\n' ' '; echo END", "Enter");
    const tty = await waitFor((text) => /(-?icanon) (-?echo) END/.test(text), "the terminal modes");
    expect(tty).toMatch(/^icanon echo END$/m);
  });
});
