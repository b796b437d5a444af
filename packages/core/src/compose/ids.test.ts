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

  it("names an index by its kind, an entry after two hyphens by its key, and a service in it after two more", () => {
    expect(sectionId("data-index")).toBe("data-index");
    expect(sectionId("data-index-category", undefined, "user.device.ip_address")).toBe("data-index--user-device-ip-address");
    expect(sectionId("data-index-service", "video-meetings", "user.device.ip_address")).toBe("data-index--user-device-ip-address--video-meetings");
    expect(sectionId("transfers-index-country", undefined, "US")).toBe("transfers-index--us");
    expect(sectionId("transfers-index-service", "shop", "US")).toBe("transfers-index--us--shop");
    expect(() => sectionId("transfers-index-country")).toThrow(/index key/);
    expect(() => sectionId("data-index-service", undefined, "user.name")).toThrow(/service id/);
  });

  it("needs the service id for a service's sections", () => {
    expect(() => sectionId("service")).toThrow(/service id/);
    expect(() => sectionId("service-about")).toThrow(/service id/);
  });
});
