import { getTranslations, setRequestLocale } from "next-intl/server";
import { Plus, SlidersHorizontal } from "lucide-react";
import { Link } from "@/i18n/navigation";
import { requirePermission } from "@/server/page-auth";
import { serverApi } from "@/server/caller";
import { TIME_ZONE, type AppLocale } from "@/lib/format";
import { CUSTOMER_FILTER_KEYS as FILTER_KEYS, customerSortSchema } from "@/lib/schemas/customers";
import { idField } from "@/lib/schemas/common";
import { PageHeader } from "@/components/ui/card";
import { Card } from "@/components/ui/card";
import { buttonClass } from "@/components/ui/button";
import { CustomerFilters } from "@/components/customers/customer-filters";
import { CustomerList } from "@/components/customers/customer-list";
import { CustomerCard } from "@/components/customers/customer-card";
import { customerAbilities } from "@/components/customers/abilities";
import { impersonateAction } from "../../impersonation";

type Search = Record<string, string | string[] | undefined>;

export async function generateMetadata() {
  const t = await getTranslations("admin.nav");
  return { title: t("customers") };
}

// The filters, the sort and the selected customer live in the URL, so a view can be bookmarked.
export default async function CustomersPage({ params, searchParams }: { params: Promise<{ locale: AppLocale }>; searchParams: Promise<Search> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requirePermission(locale, "customers.read");
  const raw = Object.fromEntries(Object.entries(await searchParams).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v])) as Record<string, string | undefined>;
  const t = await getTranslations("customers");
  const { sort, dir } = customerSortSchema.parse(raw);
  const values = Object.fromEntries(FILTER_KEYS.filter((k) => raw[k]).map((k) => [k, raw[k]!]));
  // The raw values go to the procedure (it normalises them); the date range is in the reader's zone.
  const filter = { ...values, timeZone: TIME_ZONE[locale] };
  const selected = idField.safeParse(raw.c).success ? raw.c : undefined;
  const options = await (await serverApi()).customers.options();
  const can = customerAbilities(user.permissions);
  const query = Object.fromEntries(Object.entries({ ...values, sort: raw.sort, dir: raw.dir, c: selected }).filter(([, v]) => v)) as Record<string, string>;

  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={
          <div className="flex flex-wrap gap-2">
            {can.write && (
              <Link href="/admin/customers/fields" className={buttonClass("secondary")}>
                <SlidersHorizontal className="size-4" aria-hidden />
                {t("fields.title")}
              </Link>
            )}
            {can.write && (
              <Link href="/admin/customers/new" className={buttonClass("primary")}>
                <Plus className="size-4" aria-hidden />
                {t("new")}
              </Link>
            )}
          </div>
        }
      />
      <Card className="mb-4">
        <CustomerFilters
          key={JSON.stringify(values)}
          values={values}
          keep={Object.fromEntries(Object.entries({ sort: raw.sort, dir: raw.dir }).filter(([, v]) => v)) as Record<string, string>}
          groups={options.groups}
          fields={options.fields}
        />
      </Card>
      <div className={selected ? "grid items-start gap-4 xl:grid-cols-[minmax(0,1fr)_26rem]" : ""}>
        {selected && (
          <aside className="xl:sticky xl:top-4 xl:order-last" aria-label={t("card.label")}>
            <CustomerCard id={selected} fields={options.fields} can={can} impersonate={impersonateAction} compact />
          </aside>
        )}
        <CustomerList
          filter={filter}
          sort={sort}
          dir={dir}
          query={query}
          selectedId={selected}
          groups={options.groups}
          can={can}
          impersonate={impersonateAction}
        />
      </div>
    </>
  );
}
