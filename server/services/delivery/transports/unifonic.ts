import type { Transport, TransportOptions } from "./types";
import { TransportError } from "./types";
import { joinUrl, postForm } from "./http";

// Unifonic-style SMS (Saudi Arabia): POST {base}/rest/SMS/messages with AppSid, SenderID, Recipient,
// Body; the answer is { success, message, errorCode, data: { MessageID } }.
export function unifonicTransport(s: { baseUrl: string; appSid: string | null; senderId: string }, { timeoutMs }: TransportOptions = {}): Transport {
  return {
    name: "unifonic",
    async send(m) {
      if (!s.appSid) throw new TransportError("unifonic: no AppSid configured");
      const { status, json } = await postForm(joinUrl(s.baseUrl, "/rest/SMS/messages"), {
        AppSid: s.appSid,
        SenderID: s.senderId,
        Recipient: m.to.replace(/^\+/, ""),
        Body: m.body,
      }, timeoutMs);
      const body = json as { success?: boolean | string; message?: string; errorCode?: string; data?: { MessageID?: number | string } } | string;
      const ok = typeof body === "object" && body !== null && (body.success === true || body.success === "true");
      if (status < 200 || status >= 300 || !ok) {
        const detail = typeof body === "object" && body ? `${body.errorCode ?? ""} ${body.message ?? ""}`.trim() : String(body);
        throw new TransportError(`unifonic ${status}: ${detail || "error"}`);
      }
      const id = typeof body === "object" ? body?.data?.MessageID : undefined;
      return { providerMessageId: id !== undefined ? String(id) : null };
    },
  };
}
