import { createContext } from "@/server/context";
import { pollExportResponse } from "@/server/services/polls/results-export";

// A poll's answer details as .xlsx (issue 9): a download link, so a route rather than a tRPC
// query; the session and the polls.read check are the tRPC context's and adminProcedure's.
export async function GET(req: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const ctx = await createContext(req.headers);
  return pollExportResponse(ctx.db, ctx.session, id, new URL(req.url).searchParams);
}
