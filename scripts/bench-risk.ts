/**
 * How fast is assessRisk? `npx tsx scripts/bench-risk.ts`
 *
 * Times a typical ~500-character message (quiet and risky), a short one and a
 * 10,000-character one, and prints the mean and the 99th percentile per call.
 */
import { assessRisk } from "../lib/safety/assess-risk";

const typical =
  "Hi, sorry for the late reply. Work was a lot this week and my sister is staying over, so the flat is chaos. " +
  "I tried the breathing exercise you suggested and it helped a little on Tuesday, less on Wednesday. Honestly though " +
  "I have been feeling really low and some nights I don't want to be here anymore. Anyway, how was your weekend? Did you " +
  "make it to the coast in the end? Looking forward to our check-in on Thursday, same time as usual. Take care of yourself!";
const quiet = typical.replace("I have been feeling really low and some nights I don't want to be here anymore", "I have been sleeping better and cooking more");
const cases: [string, string][] = [
  ["typical, risky", typical],
  ["typical, quiet", quiet],
  ["short", "kms lol"],
  ["10,000 characters", quiet.repeat(30).slice(0, 10_000)],
];

for (const [name, text] of cases) {
  const runs = text.length > 5000 ? 300 : 3000;
  for (let i = 0; i < 200; i++) assessRisk(text); // warm up
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    assessRisk(text);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const mean = times.reduce((a, b) => a + b, 0) / runs;
  const p99 = times[Math.floor(runs * 0.99)] ?? mean;
  const level = assessRisk(text).level;
  console.log(`${name.padEnd(18)} ${String(text.length).padStart(6)} chars  mean ${(mean * 1000).toFixed(0).padStart(5)} µs  p99 ${(p99 * 1000).toFixed(0).padStart(5)} µs  → ${level}`);
}
