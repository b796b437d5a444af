import { execFileSync, spawnSync } from "node:child_process";

/**
 * A real terminal for end-to-end tests: a tmux server on its own socket running a plain shell
 * with a known prompt ("$ ") in a terminal of a fixed size.
 */
export class Terminal {
  private readonly socket = `policy-cli-test-${process.pid}-${Math.random().toString(36).slice(2)}`;
  private readonly session = "cli";

  constructor(cwd: string, columns = 100, rows = 30) {
    const version = spawnSync("tmux", ["-V"], { encoding: "utf8" });
    if (version.error !== undefined || version.status !== 0) {
      throw new Error("tmux is not installed: these tests need it to run policy in a real terminal (apt-get install tmux)");
    }
    this.tmux("new-session", "-d", "-s", this.session, "-x", String(columns), "-y", String(rows), "-c", cwd, "env", "PS1=$ ", "sh");
  }

  /** What the terminal shows now. */
  screen(): string {
    return this.tmux("capture-pane", "-p", "-t", this.session);
  }

  /** Types keys (tmux key names: "Enter", "C-c", "Escape", or text). */
  send(...keys: string[]): void {
    for (const key of keys) this.tmux("send-keys", "-t", this.session, key);
  }

  /** Types text literally. */
  write(text: string): void {
    this.tmux("send-keys", "-t", this.session, "-l", text);
  }

  /** Types text literally, then Enter. */
  type(line: string): void {
    this.write(line);
    this.send("Enter");
  }

  /** Waits until the screen shows what `test` looks for, and returns it; fails with the screen after 30 s (a busy machine is slow). */
  async waitFor(test: (text: string) => boolean, what: string): Promise<string> {
    const until = Date.now() + 30_000;
    let text = this.screen();
    while (!test(text)) {
      if (Date.now() > until) throw new Error(`the screen never showed ${what}; it shows:\n${text}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
      text = this.screen();
    }
    return text;
  }

  close(): void {
    spawnSync("tmux", ["-L", this.socket, "kill-server"]);
  }

  private tmux(...args: string[]): string {
    return execFileSync("tmux", ["-L", this.socket, "-f", "/dev/null", ...args], { encoding: "utf8" });
  }
}
