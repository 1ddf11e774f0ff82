import { z } from "zod";
import { defineKind } from "./define-kind";

/** Text shown to the person (label as heading, hint as body): no input, no stored value. */
export const infoKind = defineKind({
  kind: "info",
  hasValue: false,
  schema: () => z.null(),
  parse: () => null,
  summarize: () => "",
  example: () => null,
  inputNames: () => [],
});
