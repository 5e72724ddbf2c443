import type { Transport, TransportOptions } from "./types";
import { TransportError } from "./types";
import { joinUrl, postForm } from "./http";

// Kavenegar-style SMS (Iran): POST {base}/v1/{apiKey}/sms/send.json with receptor, message, sender;
// the answer is { return: { status, message }, entries: [{ messageid }] }.
export function kavenegarTransport(s: { baseUrl: string; apiKey: string | null; sender: string }, { timeoutMs }: TransportOptions = {}): Transport {
  return {
    name: "kavenegar",
    async send(m) {
      if (!s.apiKey) throw new TransportError("kavenegar: no API key configured");
      const url = joinUrl(s.baseUrl, `/v1/${encodeURIComponent(s.apiKey)}/sms/send.json`);
      const { status, json } = await postForm(url, { receptor: m.to.replace(/^\+/, ""), message: m.body, ...(s.sender ? { sender: s.sender } : {}) }, timeoutMs);
      const body = json as { return?: { status?: number; message?: string }; entries?: { messageid?: number | string }[] } | string;
      const ret = typeof body === "object" ? body?.return : undefined;
      if (status < 200 || status >= 300 || (ret?.status !== undefined && ret.status !== 200)) {
        throw new TransportError(`kavenegar ${ret?.status ?? status}: ${ret?.message ?? (typeof body === "string" ? body : "error")}`);
      }
      const id = typeof body === "object" ? body?.entries?.[0]?.messageid : undefined;
      return { providerMessageId: id !== undefined ? String(id) : null };
    },
  };
}
