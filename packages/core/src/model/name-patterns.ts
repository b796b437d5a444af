/*
 * How a provider's `domains` and a cookie's or storage key's `name` are read: what `policy scan`
 * matches what it sees with, and `policy catalog search` finds entries by.
 */

/**
 * Whether a host matches a pattern of the catalog's `domains`: the host itself ("fonts.gstatic.com"),
 * or with a leading "*." any subdomain of the rest at any depth ("*.hotjar.com" matches
 * "static.hotjar.com" and "in.static.hotjar.com", not "hotjar.com", which is listed on its own).
 */
export function hostMatches(pattern: string, host: string): boolean {
  const wanted = pattern.toLowerCase();
  const seen = host.toLowerCase().replace(/\.$/, "");
  if (!wanted.startsWith("*.")) return seen === wanted;
  return seen.endsWith(wanted.slice(1));
}

/**
 * Whether a cookie or storage key matches a name as policies and the catalog write it: exactly,
 * or with "*" (and a placeholder in brackets, "[clip_id]_password") standing for any characters.
 */
export function nameMatches(pattern: string, name: string): boolean {
  if (!pattern.includes("*") && !pattern.includes("[")) return pattern === name;
  const source = pattern
    .replace(/\[[^\]]*\]/g, "*")
    .split("*")
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, "\\$&"))
    .join(".*");
  return new RegExp(`^${source}$`).test(name);
}
