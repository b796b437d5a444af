/**
 * Terminal escape sequences: CSI (`ESC [` ... final byte, also the 8-bit form U+009B), OSC, DCS,
 * SOS, PM and APC strings (up to BEL or `ESC \`), and two-byte `ESC x` sequences. A policy is data
 * someone else wrote: one of these in a service name could recolour, move the cursor, retitle or
 * clear the terminal, so none of them reaches the screen.
 */
const escapeSequence =
  /(?:\u001b\[|\u009b)[\u0030-\u003f]*[\u0020-\u002f]*[\u0040-\u007e]?|(?:\u001b[\]PX^_]|[\u0090\u0098\u009d\u009e\u009f])[^\u0007\u001b\u009c]*(?:\u0007|\u001b\\|\u009c)?|\u001b[\u0020-\u002f]*[\u0030-\u007e]?/g;

/** Line breaks and tabs: the layout is ours, so they become one space. */
const whitespaceControl = /[\t\n\v\f\u0085\u2028\u2029]/g;

/**
 * The other C0 and C1 controls (a carriage return would send the cursor back to the start of the
 * line and let text overwrite what the viewer drew), DEL, and the bidirectional overrides and
 * isolates, which reorder what follows them on the screen.
 */
const invisibleControl = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** A string from a policy, safe to print in a terminal: no escape sequences, no control characters. */
export function safeText(value: string): string {
  return value.replace(escapeSequence, "").replace(whitespaceControl, " ").replace(invisibleControl, "");
}
