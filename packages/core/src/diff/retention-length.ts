import type { Retention } from "../model/retention.js";

const units = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/;

/** Roughly how many days an ISO 8601 period lasts (a year as 365 days, a month as 30), to tell which of two is longer; null where it cannot be read. */
export function durationDays(iso: string): number | null {
  const match = units.exec(iso);
  if (match === null) return null;
  const [y, m, w, d, h, min, s] = match.slice(1).map((value) => Number(value ?? 0)) as [number, number, number, number, number, number, number];
  return y * 365 + m * 30 + w * 7 + d + h / 24 + min / 1440 + s / 86400;
}

/**
 * Whether the later retention keeps the data plainly longer: both give a fixed period and the
 * later one is longer, or the same period now runs only after an event. Anything else (other
 * words, other criteria) cannot be told apart by its length.
 */
export function isLonger(before: Retention | null, after: Retention | null): boolean {
  if (before === null || after === null || before.duration === undefined || after.duration === undefined) return false;
  const [was, is] = [durationDays(before.duration), durationDays(after.duration)];
  if (was === null || is === null) return false;
  return is > was || (is === was && before.until === undefined && after.until !== undefined);
}
