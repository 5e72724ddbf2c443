import "server-only";
import { notFound } from "next/navigation";
import { TRPCError } from "@trpc/server";
import { getDb } from "@/server/db";
import { inboxSettings } from "@/server/services/inbox-settings";
import type { AttachmentLimits } from "@/lib/attachment-limits";

/** A thread page's data, or the 404 page for a thread the viewer may not reach (or that is not there). */
export async function orNotFound<T>(load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (e) {
    if (e instanceof TRPCError && (e.code === "NOT_FOUND" || e.code === "BAD_REQUEST")) notFound();
    throw e;
  }
}

/** The store's attachment limits, for the forms to check files before sending them. */
export async function attachmentLimits(): Promise<AttachmentLimits> {
  return (await inboxSettings(getDb())).attachments;
}
