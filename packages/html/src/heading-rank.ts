/** The rank of a heading `level` steps below the policy's title: `<h1>` plus offset, at most `<h6>`. */
export function headingRank(level: number, headingOffset: number): 1 | 2 | 3 | 4 | 5 | 6 {
  return Math.min(6, 1 + headingOffset + level) as 1 | 2 | 3 | 4 | 5 | 6;
}
