import { EventEmitter } from "node:events";
import { vi } from "vitest";

/** A keyboard as ink reads it: a TTY stream whose raw mode the test can check. */
export class FakeStdin extends EventEmitter {
  isTTY = true;
  readonly setRawMode = vi.fn((_mode: boolean) => this);
  #queue: string[] = [];

  write(data: string): void {
    this.#queue.push(data);
    this.emit("readable");
  }

  read(): string | null {
    return this.#queue.shift() ?? null;
  }

  setEncoding(): this {
    return this;
  }
  resume(): this {
    return this;
  }
  pause(): this {
    return this;
  }
  ref(): this {
    return this;
  }
  unref(): this {
    return this;
  }
}

/** A terminal screen: keeps everything written to it. */
export class FakeStdout extends EventEmitter {
  isTTY = true;
  columns = 100;
  rows = 24;
  readonly writes: string[] = [];

  write(data: string): boolean {
    this.writes.push(data);
    return true;
  }

  get output(): string {
    return this.writes.join("");
  }
}

export function fakeTerminal() {
  const stdin = new FakeStdin();
  const stdout = new FakeStdout();
  const stderr = new FakeStdout();
  return {
    stdin,
    stdout,
    stderr,
    // Typed as the streams viewPolicy takes; they have every method ink calls.
    streams: {
      stdin: stdin as unknown as NodeJS.ReadStream,
      stdout: stdout as unknown as NodeJS.WriteStream,
      stderr: stderr as unknown as NodeJS.WriteStream,
    },
  };
}
