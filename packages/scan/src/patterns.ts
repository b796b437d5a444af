import { getDomain } from "tldts";

export { hostMatches, nameMatches } from "@policy/core";

/**
 * The site a host belongs to, to tell the site's own hosts from third parties: its registrable
 * domain by the Public Suffix List ("shop.example.co.uk" -> "example.co.uk"), or the host itself
 * where it has none (localhost, an IP address).
 */
export function siteOf(host: string): string {
  const bare = host.toLowerCase().replace(/\.$/, "");
  return getDomain(bare, { allowPrivateDomains: true }) ?? bare;
}
