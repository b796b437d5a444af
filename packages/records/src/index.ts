export { recordOfProcessing, type RecordOptions } from "./record.js";
export { recordCsv } from "./record-csv.js";
export { toDpv } from "./dpv.js";
export { toKlaro, type KlaroOptions } from "./klaro.js";
export { toTilt, type TiltOptions } from "./tilt.js";
export { tiltGaps, TiltGapsError, type TiltGap } from "./tilt-gaps.js";
