export * from "./identity";
export * from "./offices";
export * from "./cases";
export * from "./notify";
export * from "./files";
export * from "./signing";
