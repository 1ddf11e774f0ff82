import { seedDemoData } from "./index";

const url = process.env.DATABASE_URL;
if (!url) {
  console.error("DATABASE_URL is not set.");
  process.exit(1);
}
const { seeded } = await seedDemoData(url);
console.log(seeded ? "Demo data seeded." : "Database already has data; nothing seeded.");
