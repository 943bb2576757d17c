/**
 * Plain words for the actions the audit log records. Unknown actions (a new
 * module's) show their code, which is also what the action filter matches.
 */
const labels: Record<string, string> = {
  "account.suspend": "Suspended an account",
  "account.reinstate": "Reinstated an account",
  "account.delete": "Deleted an account",
  "topic.add": "Added a topic",
  "topic.rename": "Renamed a topic",
  "topic.retire": "Retired a topic",
  "topic.restore": "Restored a topic",
  "matching_round.commit": "Committed a matching round",
  "role.grant": "Gave a role",
  "role.revoke": "Took back a role",
  "crisis_resource.add": "Added a crisis region",
  "crisis_resource.edit": "Edited a crisis region",
  "crisis_resource.remove": "Removed a crisis region",
  "crisis_resource.import": "Copied the built-in crisis regions",
  "settings.update": "Changed program settings",
};

export const actionLabel = (action: string) => labels[action] ?? action;
