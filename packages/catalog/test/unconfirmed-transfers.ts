import type { CountryCode } from "@policy/core";

/**
 * Transfers whose country a source states but whose mechanism no source available to us confirms:
 * they carry no `checked` date, and each file says in a comment what was found. This list is the
 * work left; the test fails when a transfer is confirmed (has `checked`) but still listed here.
 */
export const unconfirmedTransfers: Readonly<Record<string, readonly CountryCode[]>> = {
  intercom: ["US"],
};
