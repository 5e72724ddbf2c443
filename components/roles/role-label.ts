import { getTranslations } from "next-intl/server";

/** For server pages: a role's name as readers see it (system roles translated, others as named). */
export async function roleLabeler() {
  const t = await getTranslations("roles.system");
  return (role: { key: string | null; name: string }) => (role.key && t.has(role.key) ? t(role.key) : role.name);
}
