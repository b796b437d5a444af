import type { DpfCertification, Party } from "@policy/core";

/*
 * Cloudflare, Inc., as the Cloudflare entries name it, and its certification under the Data Privacy Framework, kept
 * once so a change is one edit (cloudflare.ts, cdnjs.ts).
 *
 * Read (2026-12-06): Cloudflare Privacy Policy, effective 4 November 2025 (Open Terms Archive, contrib-versions, commit
 * 85cb00ef), in full: issued by Cloudflare, Inc., 101 Townsend St., San Francisco, CA 94107; rights requests to
 * sar@cloudflare.com; for transfers from the EEA, Switzerland and the UK to the US it relies on its certifications
 * under the EU-U.S. DPF, the UK Extension and the Swiss-U.S. DPF (§ 7). See cloudflare.ts for the rest.
 */

export const cloudflareChecked = "2026-12-06";

/** Cloudflare Privacy Policy, effective 4 November 2025, as archived by Open Terms Archive. */
export const cloudflarePrivacyPolicyUrl =
  "https://github.com/OpenTermsArchive/contrib-versions/blob/85cb00ef5c112f82aa1a6559ff1bdfaafe49ae2c/Cloudflare/Privacy%20Policy.md";

export const cloudflareInc: Party = {
  name: "Cloudflare, Inc.",
  address: { street: "101 Townsend St.", postalCode: "94107", city: "San Francisco", region: "CA", country: "US" },
  email: "sar@cloudflare.com",
  url: "https://www.cloudflare.com/",
};

/** Cloudflare, Inc.'s certification, as its privacy policy states it (no stored copy of the DPF List entry was found). */
export const cloudflareDpfCertification: DpfCertification = {
  frameworks: ["EU-US", "UK-Extension", "Swiss-US"],
  source: cloudflarePrivacyPolicyUrl,
  checked: cloudflareChecked,
};
