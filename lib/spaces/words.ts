/**
 * The words of spaces: wishes, content notes, reactions, statuses. Pure and
 * browser-safe (the post form and the space page both read them).
 */

export const WISHES = ["just_listen", "perspective", "practical"] as const;
export type Wish = (typeof WISHES)[number];

export const CONTENT_NOTES = ["self_harm", "suicide", "loss", "abuse", "eating", "substances", "other"] as const;
export type ContentNoteValue = (typeof CONTENT_NOTES)[number];

export const REACTIONS = ["read", "me_too", "here_with_you"] as const;
export type Reaction = (typeof REACTIONS)[number];

export const wishLabels: Record<Wish, { label: string; forReplier: string }> = {
  just_listen: { label: "Just listen", forReplier: "They asked to be listened to. No advice, please: let them know they were heard." },
  perspective: { label: "A perspective", forReplier: "They would like another way of seeing it. Share your own experience rather than tell them what to do." },
  practical: { label: "Practical ideas", forReplier: "They would welcome practical ideas. Offer them gently, as things that helped you, not rules." },
};

export const contentNoteLabels: Record<ContentNoteValue, string> = {
  self_harm: "self-harm",
  suicide: "suicide",
  loss: "loss and grief",
  abuse: "abuse",
  eating: "eating and food",
  substances: "alcohol or drugs",
  other: "something difficult",
};

export const reactionLabels: Record<Reaction, { button: string; toWriter: string }> = {
  read: { button: "I read this", toWriter: "read your post" },
  me_too: { button: "Me too", toWriter: "said “me too”" },
  here_with_you: { button: "Here with you", toWriter: "said they are here with you" },
};

export const heldLabels = { held_crisis: "Crisis", held_space_review: "Space held for review", held_first_posts: "First posts" } as const;
