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
  const { locale, color, stdin, stdout, stderr } = resolveViewOptions(options);
  policyDocuments(policy, locale, ViewOptionsError, { index: true });
  let instance: Instance | undefined;
  let signalled: NodeJS.Signals | undefined;
  const onSignal = (signal: NodeJS.Signals): void => {
    signalled = signal;
    instance?.unmount();
  };
  for (const signal of signals) process.on(signal, onSignal);
  stdout.write(enterScreen);
  try {
    instance = render(<PolicyViewer policy={policy} {...(locale === undefined ? {} : { locale })} {...(color === undefined ? {} : { color })} />, {
      stdin,
      stdout,
      stderr,
      exitOnCtrlC: true,
      // Ink's console patch prints logs above its frame, which a full screen does not have.
      patchConsole: false,
    });
    await instance.waitUntilExit();
  } finally {
    instance?.cleanup();
    for (const signal of signals) process.off(signal, onSignal);
    restoreTerminal(stdin, stdout);
  }
  // A signal ends the program as it would have without the viewer, once the terminal is back;
  // unless the program listens for it itself.
  if (signalled !== undefined && process.listenerCount(signalled) === 0) process.kill(process.pid, signalled);
}

function restoreTerminal(stdin: NodeJS.ReadStream, stdout: NodeJS.WriteStream): void {
  try {
    // Ink turns raw mode off when its last key listener goes; this makes sure of it on every path.
    if (stdin.isTTY && typeof stdin.setRawMode === "function") stdin.setRawMode(false);
  } finally {
    stdout.write(leaveScreen);
  }
}
