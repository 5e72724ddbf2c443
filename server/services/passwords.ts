import "server-only";
import bcrypt from "bcryptjs";

// bcrypt, cost 12 in production; tests lower it through BCRYPT_COST to keep the suite quick.
const cost = () => Number(process.env.BCRYPT_COST ?? 12);

export const hashPassword = (password: string) => bcrypt.hash(password, cost());

// A real hash to compare against when no user matches, so a wrong username costs as long as a
// wrong password and the timing does not tell which usernames exist.
let decoy: Promise<string> | undefined;

export async function verifyPassword(password: string, hash: string | null | undefined): Promise<boolean> {
  if (!hash) {
    await bcrypt.compare(password, await (decoy ??= hashPassword("decoy-password")));
    return false;
  }
  return bcrypt.compare(password, hash);
}
