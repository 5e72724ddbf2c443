import { PROVIDER_TIMEOUT_MS, TransportError, seconds } from "./types";

/**
 * POSTs a form to a provider and returns its JSON; no answer within `timeoutMs`, a network error or a
 * non-2xx answer is a TransportError whose text says which (it is shown in the delivery log).
 */
export async function postForm(url: string, form: Record<string, string>, timeoutMs = PROVIDER_TIMEOUT_MS): Promise<{ status: number; json: unknown }> {
  let res: Response;
  let text: string;
  try {
    // The signal also bounds reading the body: a provider that stalls mid-answer is cut off too.
    res = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", accept: "application/json" },
      body: new URLSearchParams(form).toString(),
      signal: AbortSignal.timeout(timeoutMs),
    });
    text = await res.text();
  } catch (e) {
    throw new TransportError(networkError(e, timeoutMs).replaceAll(url, "<provider url>")); // the URL may hold an API key
  }
  let json: unknown = null;
  try {
    json = text ? JSON.parse(text) : null;
  } catch {
    // not JSON: the status and text say what happened
  }
  return { status: res.status, json: json ?? text.slice(0, 300) };
}

/** fetch's own message is just "fetch failed"; the cause (ECONNREFUSED, a DNS failure…) is the useful part. */
function networkError(e: unknown, timeoutMs: number): string {
  const err = e as Error & { cause?: { code?: string; message?: string } };
  if (err?.name === "TimeoutError") return `provider did not answer within ${seconds(timeoutMs)}`;
  const cause = err?.cause?.message ?? err?.cause?.code;
  return `provider unreachable: ${err?.message ?? String(e)}${cause ? ` (${cause})` : ""}`;
}

/** The part of a URL path that may carry a secret, hidden from error messages. */
export const joinUrl = (base: string, path: string) => `${base.replace(/\/+$/, "")}${path}`;
