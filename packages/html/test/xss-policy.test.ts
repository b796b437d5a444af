import { describe, expect, it } from "vitest";
import { xssPolicy } from "./xss-policy.js";

describe("the XSS policy", () => {
  const { policy, attacked } = xssPolicy();

  it("carries a payload in every kind of string field: names, texts, addresses, URLs, cookie names", () => {
    for (const path of [
      "controller.name",
      "controller.address.street",
      "controller.address.city",
      "controller.url",
      "services[0].name.en",
      "services[0].processor.name",
      "services[0].processor.description.de",
      "services[0].processor.entity.name",
      "services[0].processor.entity.address.street",
      "services[0].processor.urls.privacyPolicy",
      "services[0].purposes[0].description.en",
      "supervisoryAuthority.name",
    ]) {
      expect(attacked).toContain(path);
    }
    expect(attacked.some((path) => /deviceAccess\[\d+\]\.name$/.test(path))).toBe(true);
    expect(attacked.length).toBeGreaterThan(150);
    expect(policy.controller.name).toContain("<script>__xss()</script>");
  });
});
