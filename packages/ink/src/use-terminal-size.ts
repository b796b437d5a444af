import { useStdout } from "ink";
import { useEffect, useState } from "react";

export interface TerminalSize {
  readonly columns: number;
  readonly rows: number;
}

// What a terminal that does not say its size (a pipe, a test stream) gets.
const fallback: TerminalSize = { columns: 80, rows: 24 };

function sizeOf(stdout: NodeJS.WriteStream): TerminalSize {
  const columns = stdout.columns > 0 ? stdout.columns : fallback.columns;
  const rows = stdout.rows > 0 ? stdout.rows : fallback.rows;
  return { columns, rows };
}

/** The terminal's size, updated on every 'resize' of ink's stdout. */
export function useTerminalSize(): TerminalSize {
  const { stdout } = useStdout();
  const [size, setSize] = useState(() => sizeOf(stdout));
  useEffect(() => {
    const onResize = (): void => {
      const next = sizeOf(stdout);
      setSize((previous) => (previous.columns === next.columns && previous.rows === next.rows ? previous : next));
    };
    // The size may have changed between the first render and this effect.
    onResize();
    stdout.on("resize", onResize);
    return () => {
      stdout.off("resize", onResize);
    };
  }, [stdout]);
  return size;
}
