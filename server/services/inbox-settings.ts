import "server-only";
import type { Db, Tx } from "../db";
import {
  ATTACHMENT_MIME,
  DEFAULT_INBOX_SETTINGS,
  inboxSettingsSchema,
  type InboxSettings,
  type ThreadPriorityKey,
} from "@/lib/schemas/inbox-settings";
import { diff, recordAudit, type Actor } from "./audit";
import { getSetting, setSetting } from "./settings";

// The Setting row "inbox": response targets per priority and the attachment rules (issue 10).
// The threads and attachments services read it through inboxSettings().

export const INBOX_SETTING_KEY = "inbox";

export { DEFAULT_INBOX_SETTINGS, type InboxSettings };

/** The saved settings; a missing row, or a part that no longer passes the schema, gives the defaults. */
export async function inboxSettings(db: Tx): Promise<InboxSettings> {
  const stored = (await getSetting<Partial<InboxSettings>>(db, INBOX_SETTING_KEY)) ?? {};
  const responseHours = inboxSettingsSchema.shape.responseHours.safeParse(stored.responseHours);
  const attachments = inboxSettingsSchema.shape.attachments.safeParse(stored.attachments);
  return {
    responseHours: responseHours.success ? responseHours.data : { ...DEFAULT_INBOX_SETTINGS.responseHours },
    attachments: attachments.success
      ? attachments.data
      : { ...DEFAULT_INBOX_SETTINGS.attachments, types: [...DEFAULT_INBOX_SETTINGS.attachments.types] },
  };
}

/** How long (ms) a thread of this priority may wait for staff before it is overdue. */
export const responseTargetMs = (settings: InboxSettings, priority: ThreadPriorityKey) =>
  settings.responseHours[priority] * 60 * 60 * 1000;

/** The attachment rules in the units a check needs: bytes, and the allowed content types. */
export function attachmentRules(settings: InboxSettings) {
  const { maxSizeMb, maxCount, types } = settings.attachments;
  return { maxBytes: maxSizeMb * 1024 * 1024, maxCount, types, contentTypes: types.map((t) => ATTACHMENT_MIME[t]) };
}

/** Settings → inbox; audited in the same transaction. */
export async function updateInboxSettings(db: Db, actor: Actor, next: InboxSettings): Promise<InboxSettings> {
  return db.$transaction(async (tx) => {
    const before = await inboxSettings(tx);
    await setSetting(tx, INBOX_SETTING_KEY, next);
    const flat = (s: InboxSettings) => ({
      ...Object.fromEntries(Object.entries(s.responseHours).map(([p, h]) => [`responseHours.${p}`, h])),
      "attachments.maxSizeMb": s.attachments.maxSizeMb,
      "attachments.maxCount": s.attachments.maxCount,
      "attachments.types": s.attachments.types,
    });
    await recordAudit(tx, actor, "settings.inbox", { type: "settings", id: "inbox", label: "inbox" }, diff(flat(before), flat(next)));
    return next;
  });
}
