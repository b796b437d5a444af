import type { Policy } from "../model/resolved.js";

/**
 * The national data protection acts that supplement the GDPR where the controller is established,
 * as far as the text names them: Germany's Bundesdatenschutzgesetz and Austria's Datenschutzgesetz.
 */
export const nationalActs = ["bdsg", "dsg-at"] as const;
export type NationalAct = (typeof nationalActs)[number];

/** The act of the controller's country, where we know it. */
export function nationalActOf(policy: Pick<Policy, "controller">): NationalAct | undefined {
  switch (policy.controller.address.country) {
    case "DE":
      return "bdsg";
    case "AT":
      return "dsg-at";
    default:
      return undefined;
  }
}
