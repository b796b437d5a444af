import type { Link } from "mdast";
import { describe, expect, it } from "vitest";
import { compose } from "../compose/compose.js";
import { isSafeLinkUrl } from "../render/safe-url.js";
import { formatIssue } from "./issue.js";
import { safeLoadPolicy } from "./load-policy.js";

/** A valid policy whose controller has these contact lines (email, url ...) and this address. */
function policyWith(contact: string, address = "{ street: Hauptstraße 1, city: Berlin, country: DE }"): string {
  return `meta:
  version: "1.0"
  effective: 2026-12-01
locales: [en]
controller:
  name: Beispiel GmbH
  address: ${address}
${contact}
services:
  - id: contact-form
    purposes:
      - { purpose: essential.service, legalBasis: A6-1-b }
    data: [user.name]
    subjects: [customer]
    provision: { requirement: voluntary }
    retention: { duration: P1Y }
`;
}

/** Every link's URL in the composed English document. */
function linksOf(text: string): string[] {
  const result = safeLoadPolicy(text);
  if (!result.success) throw new Error(result.issues.map(formatIssue).join("\n"));
  const urls: string[] = [];
  const visit = (node: { type: string; children?: unknown; content?: unknown; sections?: unknown }): void => {
    if (node.type === "link") urls.push((node as Link).url);
    for (const list of [node.children, node.content, node.sections]) if (Array.isArray(list)) for (const child of list) visit(child);
  };
  for (const section of compose(result.policy, { locale: "en" }).sections) visit({ type: "section", ...section });
  return urls;
}

describe("links in a policy", () => {
  it("holds an upper-case scheme in its normal form, and links it", () => {
    const result = safeLoadPolicy(policyWith("  url: HTTPS://Beispiel.EXAMPLE/Impressum"));
    expect(result.success && result.policy.controller.url).toBe("https://beispiel.example/Impressum");
    const links = linksOf(policyWith("  url: HTTPS://Beispiel.EXAMPLE/Impressum"));
    expect(links).toContain("https://beispiel.example/Impressum");
    expect(links.every(isSafeLinkUrl)).toBe(true);
  });

  it('links <, " and \\ percent-encoded', () => {
    const links = linksOf(policyWith(`  url: 'https://beispiel.example/a"b<c>?q=\\x'`));
    expect(links).toContain("https://beispiel.example/a%22b%3Cc%3E?q=%5Cx");
  });

  it("refuses a user name before the host, with the file, line, column and path of the field", () => {
    const result = safeLoadPolicy(policyWith("  email: privacy@beispiel.example\n  url: https://www.datenschutz-berlin.de@evil.example/phish"), {
      filename: "policy.yaml",
    });
    expect(result.success).toBe(false);
    expect(result.issues.map(formatIssue)).toEqual([
      'policy.yaml:9:8 error controller.url: links must not contain a user name or password before "@": readers take that part for the address, but this link leads to evil.example. Write the address of the page you mean, with nothing between "https://" and its host name (invalid-url)',
    ]);
  });

  it("refuses a bidi control or an invisible character in a link, an e-mail address or a phone number, naming it by its code point", () => {
    const result = safeLoadPolicy(
      policyWith('  email: "privacy@beispiel\\u200B.example"\n  phone: "+49 30\\u202E 1234567"\n  url: "https://beispiel.example/\\u2066x"'),
    );
    expect(result.issues.map(({ code, path, line, column, message }) => ({ code, path, line, column, message }))).toEqual([
      {
        code: "invalid-email",
        path: "controller.email",
        line: 8,
        column: 10,
        message:
          "the value contains an invisible formatting character (U+200B) at character 17, which can make the text look different from what it is: delete it (retype the value if you cannot find it)",
      },
      { code: "invalid-format", path: "controller.phone", line: 9, column: 10, message: expect.stringContaining("(U+202E) at character 7") },
      {
        code: "invalid-url",
        path: "controller.url",
        line: 10,
        column: 8,
        message: expect.stringContaining("the link contains an invisible formatting character (U+2066)"),
      },
    ]);
  });

  it("refuses javascript: and ftp: links", () => {
    const javascript = safeLoadPolicy(policyWith("  url: javascript:alert(1)"));
    expect(javascript.issues.map(({ code, path, message }) => ({ code, path, message }))).toEqual([
      { code: "invalid-url", path: "controller.url", message: 'links may only use http or https, not "javascript:"' },
    ]);
    const ftp = safeLoadPolicy(policyWith("  url: FTP://files.beispiel.example/"));
    expect(ftp.issues.map(({ message }) => message)).toEqual(['links may only use http or https, not "ftp:"']);
  });

  it("shows an invisible character in other messages by its code point, so the message cannot reorder the line it is on", () => {
    const result = safeLoadPolicy(policyWith("", '{ street: Hauptstraße 1, city: Berlin, country: "D\\u202EE" }'));
    expect(result.issues.map(({ code, message }) => ({ code, message }))).toEqual([
      { code: "unknown-id", message: 'unknown country code "D<U+202E>E"' },
    ]);
  });
});
