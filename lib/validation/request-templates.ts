/** Kind words a mentor can send with a "no", so declining never needs a blank page. */
export const declineTemplates = [
  { value: "full", label: "My places are full right now", text: "Thank you for asking me. My places are full right now, and I want to give each person the time they deserve." },
  { value: "fit", label: "I don't think I'm the best fit", text: "Thank you for asking me. Reading what you hope for, I think someone else could support you better than I can." },
  { value: "timing", label: "The timing doesn't work for me", text: "Thank you for asking me. The times that suit you don't line up with mine, and I wouldn't want to let you down." },
] as const;
