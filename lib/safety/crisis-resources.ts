/**
 * Crisis resources by region, shown on /get-help. The safety work will move
 * this list into the database so admins can keep it current; until then it
 * lives here, reviewed by hand.
 */
export interface CrisisLine {
  name: string;
  contact: string;
  href?: string;
  note?: string;
}

export interface CrisisRegion {
  region: string;
  emergency: string;
  lines: CrisisLine[];
}

export const crisisRegions: CrisisRegion[] = [
  {
    region: "United States",
    emergency: "911",
    lines: [{ name: "988 Suicide & Crisis Lifeline", contact: "Call or text 988", href: "tel:988", note: "24/7, free, confidential" }],
  },
  {
    region: "Canada",
    emergency: "911",
    lines: [{ name: "9-8-8 Suicide Crisis Helpline", contact: "Call or text 988", href: "tel:988", note: "24/7" }],
  },
  {
    region: "United Kingdom and Ireland",
    emergency: "999 (UK) · 112 (Ireland)",
    lines: [{ name: "Samaritans", contact: "Call 116 123", href: "tel:116123", note: "24/7, free" }],
  },
  {
    region: "Australia",
    emergency: "000",
    lines: [{ name: "Lifeline", contact: "Call 13 11 14", href: "tel:131114", note: "24/7" }],
  },
  {
    region: "European Union",
    emergency: "112",
    lines: [],
  },
];
