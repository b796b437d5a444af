import type { TransferGroundId } from "../taxonomy/index.js";

/**
 * How strong a transfer ground is, in the order the law itself sets: an adequacy finding (the
 * Data Privacy Framework being one); appropriate safeguards, which apply "in the absence of" one
 * (Art. 46(1) GDPR); derogations, which apply in the absence of both (Art. 49(1) GDPR). The UK's
 * and Switzerland's grounds follow the same order (UK GDPR Art. 45-49; FADP Art. 16-17).
 */
export function transferStrength(ground: TransferGroundId): 1 | 2 | 3 {
  if (["A45-3", "EU-US-DPF", "UK-A45A", "UK-US-DPF", "CH-A16-1", "CH-US-DPF"].includes(ground)) return 3;
  if (ground.startsWith("A49-") || ground.startsWith("CH-A17-")) return 1;
  return 2;
}
