import { assessRisk } from "../lib/safety/assess-risk";
for (const t of process.argv.slice(2)) console.log(JSON.stringify(assessRisk(t)), t);
