import { execFileSync, spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

// A real terminal: tmux runs the built viewer (test/fixtures/view-example.mjs) on the example policy.
// `npm test` builds every package first, so the dist files it imports exist.
//
// Every step waits for the whole screen it means, never for a part of it, and keys go out only once
// the screen shows they will be read: the command after the shell's prompt, `l` after Esc has
// closed the data view (Esc and `l` in one read would be Alt-l). `npm run test:tmux-stress -w
// @policy/ink` runs this test 20 times in a row.
const root = fileURLToPath(new URL("../../../", import.meta.url));
const socket = `policy-ink-test-${process.pid}-${Math.random().toString(36).slice(2)}`;
const session = "viewer";
const rows = 30;

function tmux(...args: string[]): string {
  return execFileSync("tmux", ["-L", socket, "-f", "/dev/null", ...args], { encoding: "utf8" });
}

function screen(): string {
  return tmux("capture-pane", "-p", "-t", session);
}

/** Waits until the screen shows what `test` looks for, and returns it; fails with the screen after 30 s (a busy machine is slow). */
async function waitFor(test: (text: string) => boolean, what: string): Promise<string> {
  const until = Date.now() + 30_000;
  let text = screen();
  while (!test(text)) {
    if (Date.now() > until) throw new Error(`the screen never showed ${what}; it shows:\n${text}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
    text = screen();
  }
  return text;
}

/** Presses keys by tmux's names ("Enter", "Escape") or as letters. */
function send(...keys: string[]): void {
  for (const key of keys) tmux("send-keys", "-t", session, key);
}

/** Types a command line as it is, then Enter. */
function type(line: string): void {
  tmux("send-keys", "-t", session, "-l", line);
  send("Enter");
}

/** The screen's rows, and whether its last non-empty one is the shell's prompt ("$ "): the shell waits for a command. */
const lines = (text: string) => text.split("\n");
const atPrompt = (text: string) =>
  /^\$ ?$/.test(
    lines(text)
      .filter((line) => line.trim() !== "")
      .at(-1) ?? "",
  );
/** Whether the viewer's whole frame is there: both header lines, the footer on the last row, and what the body must show. */
const frame = (text: string, header: readonly [string, string], footer: RegExp, ...body: string[]) => {
  const all = lines(text);
  return all[0] === header[0] && all[1] === header[1] && footer.test(all[rows - 1] ?? "") && body.every((part) => text.includes(part));
};
const english = ["Privacy policy · Lindenberg & Ohm Beratung GmbH", "Version 1.0 · effective 2026-12-01 · Language: English"] as const;
const german = ["Datenschutzerklärung · Lindenberg & Ohm Beratung GmbH", "Version 1.0 · gültig ab 2026-12-01 · Sprache: Deutsch"] as const;

describe("the viewer in a real terminal (tmux)", () => {
  beforeAll(async () => {
    const version = spawnSync("tmux", ["-V"], { encoding: "utf8" });
    if (version.error !== undefined || version.status !== 0) {
      throw new Error("tmux is not installed: this test needs it to run the viewer in a real terminal (apt-get install tmux)");
    }
    // A plain shell with a known prompt, in a terminal of a fixed size; typing waits for its prompt.
    tmux("new-session", "-d", "-s", session, "-x", "100", "-y", String(rows), "-c", root, "env", "PS1=$ ", "sh");
    await waitFor(atPrompt, "the shell's prompt");
  });

  afterAll(() => {
    spawnSync("tmux", ["-L", socket, "kill-server"]);
  });

  it("shows the policy, answers keys, and gives the shell back after q, not in raw mode", { timeout: 120_000 }, async () => {
    // Ink draws only the last frame when it thinks it runs in CI: the viewer runs without those variables, as for a person.
    type("env -u CI -u CONTINUOUS_INTEGRATION TERM=xterm-256color node packages/ink/test/fixtures/view-example.mjs");
    const first = await waitFor(
      (text) => frame(text, english, /^↑↓ move · Enter read/, "› Overview", "This privacy policy explains"),
      "the first frame",
    );
    // Full screen: the shell's command line is gone (alternate screen).
    expect(first).not.toContain("packages/ink/test/fixtures/");

    send("j", "j");
    await waitFor((text) => frame(text, english, /^↑↓ move/, "›   Video meetings with Zoom", "What is Zoom?"), "the Zoom service");

    send("d");
    await waitFor((text) => frame(text, english, /^↑↓ pick/, "Which services process this data?", "› Technical operating data"), "the data view");
    send("Escape");
    await waitFor(
      (text) => frame(text, english, /^↑↓ move/, "›   Video meetings with Zoom", "What is Zoom?"),
      "the Zoom service again, the data view closed",
    );

    send("l");
    // The header says Deutsch at once, over "Die Datenschutzerklärung wird erstellt…"; the text follows.
    await waitFor((text) => frame(text, german, /^↑↓ bewegen/, "›   Videokonferenzen mit Zoom", "Was ist Zoom?"), "the German text");

    send("q");
    const after = await waitFor((text) => text.includes("viewer closed") && atPrompt(text), "the shell's prompt after the viewer");
    // The shell's own screen is back, with the command that started the viewer after its prompt.
    expect(after).toContain("$ env -u CI -u CONTINUOUS_INTEGRATION TERM=xterm-256color node packages/ink/test/fixtures/");
    expect(after).not.toContain("Lindenberg & Ohm");

    type("stty -a | tr ' ' '\\n' | grep -E '^-?(icanon|echo)$' | tr '\\n' ' '; echo END");
    // Waits for the modes themselves: the typed command line ends in "END" too.
    const tty = await waitFor((text) => /(-?icanon) (-?echo) END/.test(text), "the terminal modes");
    expect(tty).toMatch(/^icanon echo END$/m);
  });
});
