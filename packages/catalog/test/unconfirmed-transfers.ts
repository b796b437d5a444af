import type { CountryCode } from "@policy/core";

/**
 * Transfers whose country a source states but whose mechanism no source available to us confirms:
 * they carry no `checked` date, and each file says in a comment what was found. This list is the
 * work left; the test fails when a transfer is confirmed (has `checked`) but still listed here.
 */
export const unconfirmedTransfers: Readonly<Record<string, readonly CountryCode[]>> = {
  cloudflare: ["US"],
  "google-analytics": ["US"],
  "google-fonts": ["US"],
  "google-maps": ["US"],
  "google-recaptcha": ["US"],
  "google-tag-manager": ["US"],
  hubspot: ["US"],
  intercom: ["US"],
  "microsoft-clarity": ["US"],
  "pinterest-tag": ["US"],
  "tiktok-pixel": ["CN", "US", "SG", "MY", "PH"],
  vimeo: ["US"],
  youtube: ["US"],
};
