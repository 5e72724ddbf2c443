import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ArrowRight } from "lucide-react";
import { Link } from "@/i18n/navigation";
import { requirePermission } from "@/server/page-auth";
import { serverApi } from "@/server/caller";
import { idField } from "@/lib/schemas/common";
import { CustomerCard } from "@/components/customers/customer-card";
import { customerAbilities } from "@/components/customers/abilities";
import { impersonateAction } from "../../../impersonation";

export async function generateMetadata() {
  const t = await getTranslations("customers.card");
  return { title: t("label") };
}

export default async function CustomerPage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const user = await requirePermission(locale, "customers.read");
  if (!idField.safeParse(id).success) notFound();
  const api = await serverApi();
  const [t, options, exists] = await Promise.all([
    getTranslations("customers"),
    api.customers.options(),
    api.customers.card({ id }).then(() => true).catch(() => false),
  ]);
  if (!exists) notFound();
  return (
    <div className="mx-auto max-w-3xl">
      <Link href="/admin/customers" className="mb-4 inline-flex items-center gap-1 text-sm text-slate-600 hover:text-slate-900">
        <ArrowRight className="size-4 ltr:rotate-180" aria-hidden />
        {t("backToList")}
      </Link>
      <CustomerCard id={id} fields={options.fields} can={customerAbilities(user.permissions)} impersonate={impersonateAction} />
    </div>
  );
}
