import { useTranslations } from "next-intl";

/** System roles are shown in the reader's language; roles the store made, by their name. */
export function RoleName({ role }: { role: { key: string | null; name: string } }) {
  const t = useTranslations("roles.system");
  return <>{role.key && t.has(role.key) ? t(role.key) : role.name}</>;
}
