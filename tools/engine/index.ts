export * from "./properties";
export * from "./errors";
export * from "./host";
export * from "./program-folder";
export * from "./capture";
export * from "./deployment";
export * from "./program-file";
