import { createContext } from "@/server/context";
import { inboxWriteResponse } from "@/server/services/inbox/upload";

// New threads and replies with their attachments, as multipart (issue 10); the checks are the
// service's, the same a procedure would make.
export async function POST(req: Request) {
  const ctx = await createContext(req.headers);
  return inboxWriteResponse(ctx.db, ctx.session, req);
}
