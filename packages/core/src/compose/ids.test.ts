import { describe, expect, it } from "vitest";
import { sectionId } from "./ids.js";

describe("sectionId", () => {
  it("is the kind for a general section", () => {
    expect(sectionId("rights")).toBe("rights");
    expect(sectionId("device-access")).toBe("device-access");
  });

  it("names the service, and a part of it after two hyphens", () => {
    expect(sectionId("service", "video-meetings")).toBe("service-video-meetings");
    expect(sectionId("service-data", "video-meetings")).toBe("service-video-meetings--data");
    expect(sectionId("service-legal-basis", "shop")).toBe("service-shop--legal-basis");
  });

  it("cannot collide: a service id never has two hyphens in a row", () => {
    expect(sectionId("service-data", "shop")).not.toBe(sectionId("service", "shop-data"));
  });

  it("needs the service id for a service's sections", () => {
    expect(() => sectionId("service")).toThrow(/service id/);
    expect(() => sectionId("service-about")).toThrow(/service id/);
  });
});
