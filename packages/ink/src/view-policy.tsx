import { policyDocuments, type RenderInput } from "@policy/core/render";
import { render, type Instance } from "ink";
import { resolveViewOptions, ViewOptionsError, type ViewOptions } from "./options.js";
import { PolicyViewer } from "./policy-viewer.js";

/** Switch to the alternate screen (the shell's screen is kept), clear it, cursor to the top left. */
export const enterScreen = "\u001b[?1049h\u001b[2J\u001b[H";
/** Show the cursor and go back to the shell's screen as it was. */
export const leaveScreen = "\u001b[?25h\u001b[?1049l";

const signals = ["SIGINT", "SIGTERM", "SIGHUP"] as const;

/**
 * Shows the policy full-screen until the user quits (q, Esc, Ctrl-C), then resolves. The
 * terminal is given back as it was (the shell's screen, the cursor visible, raw mode off)
 * however the viewer ends: quitting, Ctrl-C, a signal, or an error, which is thrown on after.
 * `policy` is what `PolicyViewer` takes: a `Policy`, or a document composed with its index. Wrong
 * options, or a document that does not fit them, are thrown before the screen is touched.
 */
export async function viewPolicy(policy: RenderInput, options?: ViewOptions): Promise<void> {
  const { locale, color, stdin, stdout, stderr, warnings } = resolveViewOptions(options);
  policyDocuments(policy, locale, ViewOptionsError, { index: true });
  let instance: Instance | undefined;
  let signalled: NodeJS.Signals | undefined;
  // The program's own listeners, to tell them from those the viewer's libraries leave behind.
  const programs = new Map<NodeJS.Signals, ReadonlySet<unknown>>(signals.map((signal) => [signal, new Set(process.listeners(signal))]));
  const onSignal = (signal: NodeJS.Signals): void => {
    signalled = signal;
    instance?.unmount();
  };
  for (const signal of signals) process.on(signal, onSignal);
  stdout.write(enterScreen);
  try {
    instance = render(
      <PolicyViewer policy={policy} warnings={warnings} {...(locale === undefined ? {} : { locale })} {...(color === undefined ? {} : { color })} />,
      {
        stdin,
        stdout,
        stderr,
        exitOnCtrlC: true,
        // Ink's console patch prints logs above its frame, which a full screen does not have.
        patchConsole: false,
      },
    );
    await instance.waitUntilExit();
  } finally {
    instance?.cleanup();
    for (const signal of signals) process.off(signal, onSignal);
    restoreTerminal(stdin, stdout);
  }
  if (signalled !== undefined) raiseAgain(signalled, programs.get(signalled) ?? new Set());
}

/**
 * A signal ends the program as it would have without the viewer (SIGTERM with status 143, SIGHUP
 * 129), once the terminal is back; unless the program listens for it itself. Ink's libraries leave
 * listeners of their own (signal-exit's), which would swallow the signal sent again: they go
 * first, as their work, restoring the terminal, is done.
 */
function raiseAgain(signal: NodeJS.Signals, programs: ReadonlySet<unknown>): void {
  const listeners = process.listeners(signal);
  if (listeners.some((listener) => programs.has(listener))) return;
  for (const listener of listeners) process.off(signal, listener as (signal: NodeJS.Signals) => void);
  process.kill(process.pid, signal);
}

function restoreTerminal(stdin: NodeJS.ReadStream, stdout: NodeJS.WriteStream): void {
  try {
    // Ink turns raw mode off when its last key listener goes; this makes sure of it on every path.
    if (stdin.isTTY && typeof stdin.setRawMode === "function") stdin.setRawMode(false);
  } finally {
    stdout.write(leaveScreen);
  }
}
