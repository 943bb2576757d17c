/**
 * Names shared by the queue's server-rendered rows and its client scripts
 * (constants exported from a "use client" module would reach a server
 * component as client references, not strings).
 */

/** The form the queue's checkboxes belong to (each has form={BULK_FORM_ID}, wherever it sits in the page). */
export const BULK_FORM_ID = "queue-bulk";

/** Rows of items the viewer has claimed carry this attribute; j/k move between them. */
export const MINE_ATTRIBUTE = "data-queue-mine";

/** The one form every row's Claim and Release button submits (the button's name says which, its value names the item). */
export const CLAIM_FORM_ID = "queue-claim";
