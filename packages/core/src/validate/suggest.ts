/** Optimal string alignment distance: edits, with a swap of neighbours counted as one. */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const row = d[i]!;
      const above = d[i - 1]!;
      row[j] = Math.min(above[j]! + 1, row[j - 1]! + 1, above[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        row[j] = Math.min(row[j]!, d[i - 2]![j - 2]! + 1);
      }
    }
  }
  return d[rows - 1]![cols - 1]!;
}

/**
 * The candidate closest to what was written, if it is close enough to be a typo.
 * When several candidates are equally close there is no suggestion: the input does not say which
 * was meant, and picking the first one listed misled ("A6-1-g" -> "A6-1-a" rather than A6-1-f,
 * "XX" -> "AX"). The answer still depends on nothing but the input.
 */
export function suggest(input: string, candidates: Iterable<string>): string | undefined {
  // Very long input is junk, not a typo; comparing it would only cost time.
  if (input.length > 200) return undefined;
  const written = input.toLowerCase();
  const limit = Math.max(2, Math.floor(written.length / 4));
  let best: string | undefined;
  let bestDistance = Infinity;
  let tied = false;
  for (const candidate of candidates) {
    if (Math.abs(candidate.length - written.length) > limit) continue;
    const distance = editDistance(written, candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
      tied = false;
    } else if (distance === bestDistance && candidate !== best) {
      tied = true;
    }
  }
  return bestDistance <= limit && !tied ? best : undefined;
}
