import { auditLabel } from "@/lib/audit/actions";

/** Plain words for the actions the audit log records (the map lives in lib/audit/actions.ts). */
export const actionLabel = auditLabel;
