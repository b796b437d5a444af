import { describe, expect, it } from "vitest";
import { siteOf } from "./patterns.js";

describe("siteOf", () => {
  it("keeps the registrable part of a host", () => {
    expect(siteOf("www.example.com")).toBe("example.com");
    expect(siteOf("shop.example.co.uk")).toBe("example.co.uk");
    expect(siteOf("localhost")).toBe("localhost");
    expect(siteOf("127.0.0.1")).toBe("127.0.0.1");
  });
});
