/**
 * `npm run catalog -- --json` prints every service; `npm run catalog -- --check` validates every
 * definition and exits non-zero with the reasons on any fault.
 */
import { categories } from "../lib/catalog/categories";
import { checkCatalog } from "../lib/catalog/check-catalog";
import { listServices } from "../lib/catalog/registry";
import type { FieldDefinition } from "../lib/forms/types";

const fieldsOf = (fields: FieldDefinition[]): object[] =>
  fields.map((f) => (f.fields ? { key: f.key, kind: f.kind, fields: fieldsOf(f.fields) } : { key: f.key, kind: f.kind }));

const args = new Set(process.argv.slice(2));
const services = listServices();

if (args.has("--json")) {
  const out = services.map((s) => ({
    id: s.id,
    category: s.category,
    name: s.name,
    fee: { amountGrosze: s.fee.amountGrosze },
    deadline: s.deadline,
    department: s.departmentCode,
    jrwaClass: s.jrwaClass,
    fields: fieldsOf(s.form.steps.flatMap((step) => step.fields)),
  }));
  process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
} else if (args.has("--check")) {
  const problems = checkCatalog(services);
  const used = new Set(services.map((s) => s.category));
  for (const problem of problems) console.error(`✗ ${problem}`);
  if (problems.length > 0) {
    console.error(`\n${problems.length} problem(s) in the catalogue.`);
    process.exit(1);
  }
  console.log(`Catalogue OK: ${services.length} services in ${used.size} of ${categories.length} categories.`);
} else {
  console.error("Usage: npm run catalog -- --json | --check");
  process.exit(2);
}
