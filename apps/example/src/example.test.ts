import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { catalog } from "@policy/catalog";
import { policyJsonSchema, safeLoadPolicy } from "@policy/core";
import { describe, expect, it } from "vitest";

const text = readFileSync(new URL("../policy.yaml", import.meta.url), "utf8");
const result = safeLoadPolicy(text, { filename: "policy.yaml", catalog });

describe("the example policy", () => {
  it("is valid and has no warnings", () => {
    expect(result.issues).toEqual([]);
    expect(result.success).toBe(true);
  });

  it("holds video meetings through the catalog's Zoom, with every data point the consultancy needs to name", () => {
    if (!result.success) throw new Error("invalid example");
    const zoom = result.policy.services.find((service) => service.id === "video-meetings");
    expect(zoom?.processor).toBe(catalog.zoom);
    expect(zoom?.processor?.entity.name).toBe("Zoom Communications, Inc.");
    expect(zoom?.processor?.entity.address.city).toBe("San Jose");
    expect(zoom?.subjects).toEqual(["customer", "client", "business_partner", "employee"]);
    const details = zoom?.data.map((item) => (typeof item.details === "object" ? item.details.en : item.details)).join(" ");
    for (const point of ["MAC address", "operating system", "camera", "microphone", "speakers", "derived from the IP address", "by phone or online", "duration", "chat messages", "files"]) {
      expect(details).toContain(point);
    }
    expect(zoom?.data.map((item) => item.category)).toEqual([
      "user.name",
      "user.account.username",
      "user.contact.email",
      "user.contact.phone_number",
      "user.device.ip_address",
      "user.device.device_id",
      "user.telemetry",
      "user.location.imprecise",
      "user.behavior",
      "system.operations",
      "user.content.private",
    ]);
  });

  it("uses at least three other providers and one in-house processing", () => {
    if (!result.success) throw new Error("invalid example");
    const providers = result.policy.services.filter((service) => service.processor !== null).map((service) => service.processor?.id);
    expect(providers).toEqual(["zoom", "hetzner", "calendly", "brevo"]);
    expect(result.policy.services.filter((service) => service.processor === null).map((service) => service.id)).toEqual(["contact-form"]);
  });
});

describe("the published JSON Schema", () => {
  it("is reachable as @policy/core/schema.json, as the README tells editors", () => {
    const path = createRequire(import.meta.url).resolve("@policy/core/schema.json");
    expect(JSON.parse(readFileSync(path, "utf8"))).toEqual(policyJsonSchema());
  });
});
