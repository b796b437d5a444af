// C0 and C1 controls (newlines included: callers print one line at a time), DEL, and the bidirectional
// overrides and isolates, which can make a line read differently from what it holds.
const unsafe = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/**
 * Text from a policy file, made safe to print on a terminal: an escape sequence in a name must not
 * move the cursor, recolour the screen or set the window title. Each unsafe character becomes
 * U+FFFD; tabs become a space. Replaced, not removed as in the viewer (@policy/ink's safeText):
 * a report should show that something was there, and in a code frame each character keeps a cell.
 */
export function terminalSafe(text: string): string {
  return text.replace(/\t/g, " ").replace(unsafe, "\uFFFD");
}
