export * from "./entity-type.js";
export * from "./finding.js";
export * from "./column-class.js";
export * from "./bilingual.js";
