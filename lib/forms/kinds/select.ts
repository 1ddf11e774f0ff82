import { defineChoiceKind } from "./choice";

export const selectKind = defineChoiceKind("select");
