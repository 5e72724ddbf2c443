import { PROVIDER_TIMEOUT_MS, TransportError } from "./types";

/** POSTs a form to a provider and returns its JSON; a network error or a non-2xx answer is a TransportError. */
export async function postForm(url: string, form: Record<string, string>): Promise<{ status: number; json: unknown }> {
  let res: Response;
  try {
    res = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", accept: "application/json" },
      body: new URLSearchParams(form).toString(),
      signal: AbortSignal.timeout(PROVIDER_TIMEOUT_MS),
    });
  } catch (e) {
    throw new TransportError(`provider unreachable: ${(e as Error).message}`);
  }
  const text = await res.text();
  let json: unknown = null;
  try {
    json = text ? JSON.parse(text) : null;
  } catch {
    // not JSON: the status and text say what happened
  }
  return { status: res.status, json: json ?? text.slice(0, 300) };
}

/** The part of a URL path that may carry a secret, hidden from error messages. */
export const joinUrl = (base: string, path: string) => `${base.replace(/\/+$/, "")}${path}`;
