import stringWidth from "string-width";

/**
 * A paragraph broken into lines of at most `width` display columns, at spaces. A word longer than
 * the width (a URL) gets a line of its own rather than being cut, so it can still be copied.
 * Without a width the paragraph stays one line: output to a pipe or a file is not wrapped, so
 * scripts see the same text whatever terminal they run in.
 */
export function wrapText(text: string, width: number | undefined): string[] {
  if (width === undefined || stringWidth(text) <= width) return [text];
  const lines: string[] = [];
  let current = "";
  for (const word of text.split(/ +/)) {
    if (word === "") continue;
    const candidate = current === "" ? word : `${current} ${word}`;
    if (current !== "" && stringWidth(candidate) > width) {
      lines.push(current);
      current = word;
    } else {
      current = candidate;
    }
  }
  if (current !== "" || lines.length === 0) lines.push(current);
  return lines;
}
