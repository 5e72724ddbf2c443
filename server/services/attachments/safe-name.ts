// A download's file name (M-3): any Unicode name survives in filename* (RFC 5987/6266), an ASCII
// stand-in goes in filename, and neither can carry a path, quotes or control characters.

/** The last path part, without control characters, bidi overrides, or characters Windows refuses. */
export function cleanFileName(name: string, fallback = "file"): string {
  const last = name.split(/[\\/]/).pop() ?? "";
  const cleaned = last
    .normalize("NFC")
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, "")
    .replace(/[<>:"|?*]/g, "_")
    .replace(/^[\s.]+|[\s.]+$/g, "")
    .slice(0, 200);
  return cleaned || fallback;
}

/** The header value: `attachment; filename="ascii"; filename*=UTF-8''percent-encoded`. */
export function contentDisposition(name: string): string {
  const clean = cleanFileName(name);
  const ascii = clean.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");
  const encoded = encodeURIComponent(clean).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
