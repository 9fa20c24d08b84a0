export * from "./sdk";
export * from "./provider";
