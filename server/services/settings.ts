import "server-only";
import type { Tx } from "../db";

// Store-wide settings live in the Setting table, one JSON value per key.
export const SETTING = {
  defaultRoleId: "auth.defaultRoleId",
} as const;

export async function getSetting<T>(tx: Tx, key: string): Promise<T | undefined> {
  const row = await tx.setting.findUnique({ where: { key }, select: { value: true } });
  return row?.value as T | undefined;
}

export async function setSetting(tx: Tx, key: string, value: unknown): Promise<void> {
  const json = value as object;
  await tx.setting.upsert({ where: { key }, create: { key, value: json }, update: { value: json } });
}
