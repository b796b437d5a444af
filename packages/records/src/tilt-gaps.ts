import { formatPath, transfersUnconfirmed, type Policy } from "@policy/core";
import { policyFacts } from "@policy/core/render";

/** A fact TILT requires that the policy does not give: where in the policy it belongs, and what to add. */
export interface TiltGap {
  /** The path in the policy file where the fact belongs: ["dpo", "address"], ["services", 2, "provision"]. */
  readonly path: readonly (string | number)[];
  readonly message: string;
}

/** Thrown by `toTilt` for a policy that lacks what a TILT document must hold. */
export class TiltGapsError extends Error {
  override readonly name = "TiltGapsError";
  readonly gaps: readonly TiltGap[];

  constructor(gaps: readonly TiltGap[]) {
    super(`TILT requires facts the policy does not give:\n${gaps.map((gap) => `- ${formatPath(gap.path)}: ${gap.message}`).join("\n")}`);
    this.gaps = gaps;
  }
}

/**
 * What TILT's schema requires and the policy leaves out. TILT makes some things mandatory that
 * the GDPR asks for only where they apply (a data protection officer) or not at all (the person
 * who represents the controller in law), and it has no way to say "none": such a policy cannot
 * be a valid TILT document, and the export says what to add instead of inventing it.
 */
export function tiltGaps(policy: Policy): TiltGap[] {
  const gaps: TiltGap[] = [];
  const { law, authority } = policyFacts(policy, policy.locales[0] ?? "en");
  if (law === "fadp") {
    gaps.push({ path: ["jurisdictions"], message: "TILT describes processing under the GDPR, and this policy's text follows the Swiss FADP" });
  }
  if (policy.legalRepresentative === undefined) {
    gaps.push({
      path: ["legalRepresentative"],
      message: "TILT names the person who represents the controller, with an e-mail address: add legalRepresentative (name, email)",
    });
  }
  if (policy.dpo === undefined) {
    gaps.push({
      path: ["dpo"],
      message: "TILT requires a data protection officer with name, postal address and e-mail, and cannot say that there is none: add dpo",
    });
  } else {
    if (policy.dpo.name === undefined) gaps.push({ path: ["dpo", "name"], message: "TILT requires the data protection officer's name" });
    if (policy.dpo.address === undefined)
      gaps.push({ path: ["dpo", "address"], message: "TILT requires the data protection officer's postal address" });
  }
  if (authority === undefined) {
    gaps.push({
      path: ["supervisoryAuthority"],
      message:
        "TILT names one supervisory authority for complaints, and the policy's text names none (a controller outside the EU/EEA has no lead authority): add supervisoryAuthority",
    });
  }
  policy.services.forEach((service, index) => {
    // TILT lists third-country transfers as facts; an empty list would say there are none.
    if (transfersUnconfirmed(service)) {
      gaps.push({
        path: ["services", index, "transfers"],
        message: `the provider's documents do not say whether, or where, the data of "${service.id}" leaves the EU/EEA: state the service's transfers`,
      });
    }
    if (service.provision === undefined) {
      gaps.push({
        path: ["services", index, "provision"],
        message: `TILT says for each kind of data whether people must provide it (Art. 13(2)(e) GDPR): add provision to the service "${service.id}"`,
      });
    }
  });
  return gaps;
}
