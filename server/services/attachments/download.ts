import "server-only";
import type { Db } from "../../db";
import type { SessionUser } from "../../trpc";
import { idField } from "@/lib/schemas/common";
import { canReadDepartment } from "../department-access";
import { contentDisposition } from "./safe-name";
import { getStorage } from "./storage";

// GET /api/attachments/[id] (M-3): the thread's customer, or staff with inbox.read who may read its
// department. Anyone else — a visitor, another customer, staff without the department — gets the
// same 404 as a missing file, so the answer never reveals that a file exists.

const notFound = () =>
  new Response(JSON.stringify({ message: "errors.notFound" }), { status: 404, headers: { "Content-Type": "application/json", "Cache-Control": "no-store" } });

export async function attachmentResponse(db: Db, session: SessionUser | null, id: string): Promise<Response> {
  if (!session || !idField.safeParse(id).success) return notFound();
  const file = await db.attachment.findUnique({
    where: { id },
    select: {
      fileName: true,
      contentType: true,
      storageKey: true,
      message: { select: { internal: true, thread: { select: { customerId: true, departmentId: true } } } },
    },
  });
  if (!file) return notFound();
  const { thread, internal } = file.message;
  const asCustomer = session.customerId !== null && session.customerId === thread.customerId && !internal && session.permissions.includes("account.inbox");
  const asStaff = !asCustomer && session.permissions.includes("inbox.read") && (await canReadDepartment(db, session, thread.departmentId));
  if (!asCustomer && !asStaff) return notFound();
  const bytes = await getStorage().get(file.storageKey);
  if (!bytes) return notFound();
  return new Response(bytes as BodyInit, {
    headers: {
      "Content-Type": file.contentType,
      "Content-Length": String(bytes.byteLength),
      "Content-Disposition": contentDisposition(file.fileName),
      "X-Content-Type-Options": "nosniff",
      // Private to this user: never kept by a shared cache (a proxy or CDN).
      "Cache-Control": "private, no-store",
    },
  });
}
