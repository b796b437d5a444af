/** A scan that could not be made: the site cannot be reached, the browser is missing, a selector is wrong. */
export class ScanError extends Error {
  override readonly name = "ScanError";
}
