import "server-only";
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";
import { authSecret } from "../../auth-secret";

// Transport secrets (SMTP password, SMS API keys) are stored AES-256-GCM encrypted with a key derived
// from MESSAGING_KEY, or from the app's auth secret when that is not set. Changing the key makes the
// stored secrets unreadable (they must be typed again), never readable by someone else.

function key(): Buffer {
  const secret = process.env.MESSAGING_KEY || authSecret();
  if (!secret) throw new Error("MESSAGING_KEY or AUTH_SECRET must be set to store messaging secrets");
  return Buffer.from(hkdfSync("sha256", secret, "bashgah", "messaging-settings-v1", 32));
}

/** "v1.<iv>.<tag>.<ciphertext>", base64url parts. */
export function sealSecret(plain: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key(), iv);
  const data = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return ["v1", iv, cipher.getAuthTag(), data].map((p) => (typeof p === "string" ? p : p.toString("base64url"))).join(".");
}

/** The plain secret, or null when it cannot be opened (another key, a damaged value). */
export function openSecret(sealed: string | null | undefined): string | null {
  if (!sealed) return null;
  const [version, iv, tag, data] = sealed.split(".");
  if (version !== "v1" || !iv || !tag || data === undefined) return null;
  try {
    const decipher = createDecipheriv("aes-256-gcm", key(), Buffer.from(iv, "base64url"));
    decipher.setAuthTag(Buffer.from(tag, "base64url"));
    return Buffer.concat([decipher.update(Buffer.from(data, "base64url")), decipher.final()]).toString("utf8");
  } catch {
    return null;
  }
}
