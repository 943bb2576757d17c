/** Circles' rules, pure: sessions in time, joining, the private record, care words, the facilitation module. */
export * from "./schedule";
export * from "./record";
export * from "./care";
export * from "./training";
export type { CircleMessageDto } from "./types";
