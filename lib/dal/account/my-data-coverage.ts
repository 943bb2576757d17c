/**
 * Every table with a column pointing at a person, and what "Download my data"
 * does with it: the export section that holds it, or why it is left out.
 * tests/integration/my-data-coverage.test.ts walks the drizzle schema and
 * fails for a table that points at users and is missing here, so a new table
 * cannot be forgotten: add ONE line, either `exported("section")` or
 * `exception("reason")`. docs/your-data.md explains the same list in words.
 */
type Coverage = { exported: string } | { exception: string };
const exported = (section: string): Coverage => ({ exported: section });
const exception = (reason: string): Coverage => ({ exception: reason });

export const myDataCoverage: Record<string, Coverage> = {
  // Notifications (issue 12)
  notification_preferences: exported("notificationChoices"),
  notification_settings: exported("notificationChoices"),
  outgoing_mail: exception("Copies of emails already listed under notifications (each one's words are its notification's), plus delivery bookkeeping and one-click links that would still work if exported."),
  on_call_rota: exception("Staff scheduling: whether a moderator is on call. It holds nothing the person wrote; it is shown to them on /admin/on-call."),
  crisis_alerts: exception("Staff bookkeeping of who was alerted about a safety item and when; safety items point at content by id and hold no words."),
  // Spaces (issue 15)
  space_follows: exported("spaces"),
  space_posts: exported("spaces"),
  space_replies: exported("spaces"),
  space_reactions: exported("spaces"),
  space_hidden_notes: exported("spaces"),
  space_posting_pauses: exception("A moderator's pause of posting in one space; the person is told about it with its reason when it happens, and it appears in their moderation decisions."),
  // Circles (issue 14)
  circles: exported("circles"),
  circle_members: exported("circles"),
  circle_join_requests: exported("circles"),
  circle_seekers: exported("circles"),
  circle_facilitators: exported("circles"),
  circle_attendance: exported("circles"),
  circle_messages: exported("circles"),
  circle_reflections: exported("circles"),
  circle_renewals: exported("circles"),
  circle_renewal_votes: exported("circles"),
  circle_felt_off: exported("circles"),
  circle_rounds: exception("Staff bookkeeping of circle rounds (who ran them); no words of the person."),
  users: exported("account"),
  needs_profiles: exported("needsProfile"),
  mentor_profiles: exported("mentorProfile"), // decided_by_id: which moderator decided stays with the moderators
  friend_profiles: exported("friendProfile"),
  acknowledgments: exported("acknowledgments"),
  relationships: exported("relationships"),
  messages: exported("relationships"), // per relationship: the whole thread the person can read, each marked yours or theirs
  thread_reads: exported("relationships"),
  check_in_entries: exported("relationships"), // the person's own entries
  absences: exported("relationships"),
  rhythms: exported("relationships"),
  pulses: exported("relationships"), // pulses the person gave as the seeker
  fit_checks: exported("relationships"),
  ruptures: exported("relationships"), // the person's own note (as opener or responder)
  match_requests: exported("matchRequests"), // sent and received; a note from the other person is marked as theirs
  reports: exported("reportsMade"), // reports the person made; reports about them stay with moderators (who made them is protected)
  blocks: exported("blocks"), // people the person blocked; who blocked them is not theirs to know
  appeals: exported("appeals"),
  moderation_actions: exported("moderationDecisions"), // decisions about the person, without which moderator took them
  notifications: exported("notifications"),
  audit_log: exported("moderationDecisions"), // entries about the person (target); entries they made as staff are staff work
  saved_mentors: exported("savedMentors"), // the person's own saves; who saved a mentor is the seeker's private choice
  auth_accounts: exception("Sign-in provider links hold only provider ids and tokens, never anything the person wrote; nothing here can be read back as data about them."),
  email_tokens: exception("One-time link secrets (hashed) that expire within a day; exporting them would only leak working links."),
  signed_out_sessions: exception("Random ids of sessions the person signed out of, kept a month so a stolen cookie stays refused; no content."),
  safety_items: exception("Moderators' triage of the person's own words (which are exported with their messages and entries); the level and category are moderators' working notes."),
  moderation_claims: exception("Which moderator is working on which queue item: staff work, not data about a member."),
  matching_rounds: exception("Staff work: who prepared and committed a round. The pairs it made appear as match requests."),
  program_settings: exception("Staff work: which admin last changed a program setting."),
};
