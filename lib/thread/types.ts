import type { RiskLevel } from "@/lib/safety/assess-risk";

/**
 * What the browser gets for a message (pages, the poll, the composer's
 * answer). Here rather than in the DAL so client components can import the
 * types without reaching into server-only code.
 */
export interface MessageDto {
  id: string;
  /** Written by the viewer. */
  mine: boolean;
  /** "You" for the viewer's own messages, the other person's name otherwise. */
  authorName: string;
  body: string;
  /** ISO time from the app's clock. */
  createdAt: string;
  /** What the crisis-language check reads in it, so the thread can offer care beside it. */
  risk: RiskLevel;
  /** The body could not be opened (a data key is missing): shown as such, never as an empty message. */
  unreadable?: true;
  /** A moderator removed it: shown as such, with nothing of its words. */
  removed?: true;
}

export interface ThreadPage {
  /** Oldest first: the thread reads top to bottom, newest last. */
  messages: MessageDto[];
  /** Where "Show earlier messages" continues from, or null at the very first message. */
  earlier: string | null;
}

export interface OpenedThread extends ThreadPage {
  active: boolean;
  /** The viewer's time zone, so times read the same on the server and in the browser. */
  timezone: string;
  /** The app's clock when the page was made: the first poll asks for messages after it. */
  serverTime: string;
}

export interface ThreadUpdate {
  messages: MessageDto[];
  /** False once the relationship has ended: the browser then puts the composer away. */
  active: boolean;
}
