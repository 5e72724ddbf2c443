import "server-only";
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { sha256Hex, signRequest } from "./sigv4";

// Where attachments live (M-3): one interface, a local folder by default (never under public/, so
// nothing is reachable without the authorised route) and an S3-compatible store when configured.

export interface FileStorage {
  put(key: string, bytes: Uint8Array, contentType: string): Promise<void>;
  /** The bytes, or null when there is no such file. */
  get(key: string): Promise<Uint8Array | null>;
  remove(key: string): Promise<void>;
}

/** Keys are ours (uuid-based), but a key never leaves the root either way. */
function safeKey(key: string): string {
  if (!/^[A-Za-z0-9][A-Za-z0-9/_.-]*$/.test(key) || key.split("/").some((p) => p === ".." || p === "")) {
    throw new Error(`bad storage key: ${key}`);
  }
  return key;
}

export function localStorage(root: string): FileStorage {
  const resolved = path.resolve(root);
  const publicDir = path.resolve("public");
  if (resolved === publicDir || resolved.startsWith(publicDir + path.sep)) throw new Error("UPLOAD_DIR must not be under public/");
  const fileOf = (key: string) => path.join(resolved, ...safeKey(key).split("/"));
  return {
    async put(key, bytes) {
      const file = fileOf(key);
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, bytes, { flag: "wx" });
    },
    async get(key) {
      try {
        return new Uint8Array(await readFile(fileOf(key)));
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === "ENOENT") return null;
        throw e;
      }
    },
    async remove(key) {
      await rm(fileOf(key), { force: true });
    },
  };
}

export interface S3Config {
  endpoint: string;
  bucket: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
}

/** Path-style requests (endpoint/bucket/key): works with AWS, MinIO, Arvan, Liara and the like. */
export function s3Storage(config: S3Config, fetchImpl: typeof fetch = fetch): FileStorage {
  const urlOf = (key: string) => new URL(`${config.endpoint.replace(/\/+$/, "")}/${config.bucket}/${safeKey(key).split("/").map(encodeURIComponent).join("/")}`);
  const send = async (method: string, key: string, body?: Uint8Array, contentType?: string) => {
    const url = urlOf(key);
    const headers = signRequest({
      method,
      url,
      headers: contentType ? { "content-type": contentType } : {},
      payloadHash: sha256Hex(body ?? new Uint8Array()),
      accessKeyId: config.accessKeyId,
      secretAccessKey: config.secretAccessKey,
      region: config.region,
      now: new Date(),
    });
    delete headers.host; // fetch sets it
    return fetchImpl(url, { method, headers, body: body as BodyInit | undefined });
  };
  return {
    async put(key, bytes, contentType) {
      const res = await send("PUT", key, bytes, contentType);
      if (!res.ok) throw new Error(`S3 PUT ${res.status}`);
    },
    async get(key) {
      const res = await send("GET", key);
      if (res.status === 404) return null;
      if (!res.ok) throw new Error(`S3 GET ${res.status}`);
      return new Uint8Array(await res.arrayBuffer());
    },
    async remove(key) {
      const res = await send("DELETE", key);
      if (!res.ok && res.status !== 404) throw new Error(`S3 DELETE ${res.status}`);
    },
  };
}

/** S3 when all four settings are present, else the local folder (UPLOAD_DIR or .data/uploads). */
export function storageFromEnv(env: NodeJS.ProcessEnv = process.env): FileStorage {
  const { S3_BUCKET, S3_ENDPOINT, S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY } = env;
  if (S3_BUCKET && S3_ENDPOINT && S3_ACCESS_KEY_ID && S3_SECRET_ACCESS_KEY) {
    return s3Storage({ bucket: S3_BUCKET, endpoint: S3_ENDPOINT, accessKeyId: S3_ACCESS_KEY_ID, secretAccessKey: S3_SECRET_ACCESS_KEY, region: env.S3_REGION ?? "us-east-1" });
  }
  return localStorage(env.UPLOAD_DIR ?? path.join(process.cwd(), ".data", "uploads"));
}

let current: FileStorage | undefined;
/** The process's storage; tests swap in their own with setStorage. */
export const getStorage = () => (current ??= storageFromEnv());
export const setStorage = (s: FileStorage | undefined) => void (current = s);
