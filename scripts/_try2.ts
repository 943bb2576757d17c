import { SHAPE_RULES } from "../lib/safety/shapes";
import { normalise } from "../lib/safety/normalise";
const r = SHAPE_RULES.find((x) => x.id === "abuser-at-door")!;
console.log(SHAPE_RULES.length, r.pattern.source.slice(0, 200));
const t = normalise("my ex is outside my house");
r.pattern.lastIndex = 0;
console.log(JSON.stringify(t), r.pattern.exec(t));
