const tones = {
  primary: "bg-brand text-brand-ink hover:opacity-90",
  secondary: "border border-line bg-surface text-ink hover:bg-brand-soft",
  danger: "bg-danger text-page hover:opacity-90",
} as const;

export type ButtonTone = keyof typeof tones;

/** Shared by buttons and by links that look like buttons (usable from server components). */
export const buttonClass = (tone: ButtonTone = "primary") =>
  `inline-flex min-h-11 items-center justify-center rounded-lg px-4 py-2 font-medium no-underline transition disabled:cursor-not-allowed disabled:opacity-60 ${tones[tone]}`;
