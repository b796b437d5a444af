export { recordOfProcessing, type RecordOptions } from "./record.js";
export { recordCsv } from "./record-csv.js";
