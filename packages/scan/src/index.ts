export type { Observation, ObservedCookie, ObservedRequest, ObservedStorage, Phase, Seen } from "./observation.js";
export { findingKinds, isProblem, type Evidence, type Finding, type FindingKind, type ScanReport } from "./findings.js";
export { matchObservation, type MatchOptions } from "./match.js";
export { hostMatches, nameMatches, siteOf } from "./patterns.js";
export { observeSite, userAgentToken, type ObserveOptions } from "./observe.js";
export { ScanError } from "./scan-error.js";
