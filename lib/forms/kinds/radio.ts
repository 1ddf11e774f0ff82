import { defineChoiceKind } from "./choice";

export const radioKind = defineChoiceKind("radio");
