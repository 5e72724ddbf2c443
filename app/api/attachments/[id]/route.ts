import { createContext } from "@/server/context";
import { attachmentResponse } from "@/server/services/attachments/download";

// A thread attachment, for its customer and the staff of its department only (issue 10, M-3).
export async function GET(req: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const ctx = await createContext(req.headers);
  return attachmentResponse(ctx.db, ctx.session, id);
}
