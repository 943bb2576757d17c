/**
 * Every action the audit log records, and the plain words an admin reads for
 * it. `recordAudit` only accepts an `AuditAction`, and the label map is a
 * `Record<AuditAction, string>`, so a new code without a label fails the type
 * check (`npm run typecheck`) instead of showing raw in /admin/audit.
 */
export const AUDIT_ACTIONS = [
  "account.suspend",
  "account.ban",
  "account.reinstate",
  "account.delete",
  "topic.add",
  "topic.rename",
  "topic.retire",
  "topic.restore",
  "matching_round.commit",
  "role.grant",
  "on_call.update",
  "circle_round.commit",
  "circle.remove_member",
  "circle.restore_member",
  "circle.view_for_staff",
  "circle.facilitator_assign",
  "space.open",
  "space.update",
  "space.post.publish",
  "space.post.message_writer",
  "space.post.propose_edit",
  "space.post.read",
  "space.posting.pause",
  "space.posting.resume",
  "space.reply.publish",
  "role.revoke",
  "role.add_own",
  "crisis_resource.add",
  "crisis_resource.edit",
  "crisis_resource.remove",
  "crisis_resource.import",
  "settings.update",
  "appeal.overturn",
  "appeal.uphold",
  "mentor_application.approve",
  "mentor_application.decline",
  "content.read_for_report",
  "content.read_for_safety_item",
  "content.read_for_appeal",
  "content.break_glass",
  "queue.claim",
  "queue.release",
  "moderation.dismiss",
  "moderation.warn",
  "moderation.remove_content",
  "moderation.suspend",
  "moderation.ban",
  "moderation.reinstate",
] as const;

export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** Exhaustive: a member of AuditAction without a label here fails the type check. */
export const auditActionLabels: Record<AuditAction, string> = {
  "account.suspend": "Suspended an account",
  "account.ban": "Closed an account (ban)",
  "account.reinstate": "Reinstated an account",
  "account.delete": "Deleted an account",
  "topic.add": "Added a topic",
  "topic.rename": "Renamed a topic",
  "topic.retire": "Retired a topic",
  "topic.restore": "Restored a topic",
  "matching_round.commit": "Committed a matching round",
  "role.grant": "Gave a role",
  "on_call.update": "Changed the on-call rota",
  "circle_round.commit": "Placed people in circles",
  "circle.remove_member": "Removed someone from a circle",
  "circle.restore_member": "Gave someone their circle seat back (appeal)",
  "circle.view_for_staff": "Opened a circle's staff view",
  "circle.facilitator_assign": "Gave a circle a new facilitator",
  "space.open": "Opened a space",
  "space.update": "Changed a space",
  "space.post.publish": "Published a held post",
  "space.post.message_writer": "Wrote privately to a post's writer",
  "space.post.propose_edit": "Suggested an edit to a post",
  "space.post.read": "Read a held post",
  "space.posting.pause": "Paused someone's posting in a space",
  "space.posting.resume": "Let someone post in a space again",
  "space.reply.publish": "Published a held reply",
  "role.revoke": "Took back a role",
  "role.add_own": "Added support or volunteering to their own account",
  "crisis_resource.add": "Added a crisis region",
  "crisis_resource.edit": "Edited a crisis region",
  "crisis_resource.remove": "Removed a crisis region",
  "crisis_resource.import": "Copied the built-in crisis regions",
  "settings.update": "Changed program settings",
  "appeal.overturn": "Overturned a decision on appeal",
  "appeal.uphold": "Upheld a decision on appeal",
  "mentor_application.approve": "Approved a mentor application",
  "mentor_application.decline": "Declined a mentor application",
  "content.read_for_report": "Read reported content",
  "content.read_for_safety_item": "Read content behind a safety item",
  "content.read_for_appeal": "Read content behind an appeal",
  "content.break_glass": "Opened a relationship's thread (break-glass)",
  "queue.claim": "Claimed a queue item",
  "queue.release": "Released a queue item",
  "moderation.dismiss": "Dismissed a report or safety item",
  "moderation.warn": "Warned someone",
  "moderation.remove_content": "Removed content",
  "moderation.suspend": "Suspended someone (moderation)",
  "moderation.ban": "Banned someone (moderation)",
  "moderation.reinstate": "Reinstated someone (moderation)",
};

export function isAuditAction(value: string): value is AuditAction {
  return (AUDIT_ACTIONS as readonly string[]).includes(value);
}

/** Plain words for a stored code; a code from an older version shows as itself. */
export function auditLabel(action: string) {
  return isAuditAction(action) ? auditActionLabels[action] : action;
}
