import { normalise } from "../lib/safety/normalise";
for (const t of process.argv.slice(2)) console.log(JSON.stringify(normalise(t)));
