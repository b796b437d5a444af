/**
 * Line and column (1-based) of an offset, counted from the text itself. yaml's LineCounter is fed
 * by its lexer, which after some syntax errors misses a line break (` {}r\nl: n\n\n -` put the
 * `-` of line 4 on line 3, at a column the line does not have), and then places issues wrongly.
 */
export class TextLines {
  /** The offset at which each line starts. */
  readonly #starts: number[] = [0];

  constructor(text: string) {
    for (let index = text.indexOf("\n"); index !== -1; index = text.indexOf("\n", index + 1)) this.#starts.push(index + 1);
  }

  /** The same shape as yaml's `LineCounter.linePos`: `{ line, col }`. */
  linePos(offset: number): { line: number; col: number } {
    // The last line start at or before the offset.
    let low = 0;
    let high = this.#starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (this.#starts[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, col: offset - this.#starts[low]! + 1 };
  }
}
