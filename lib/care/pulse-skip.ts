/** The cookie that remembers, in one browser, that the latest pulse was skipped (its value: the check-in's id). */
export const pulseSkipCookie = (relationshipId: string) => `pulse-skipped-${relationshipId}`;
