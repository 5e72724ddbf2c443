import { getTranslations, setRequestLocale } from "next-intl/server";
import { ContactForm } from "@/components/contact/contact-form";

export async function generateMetadata() {
  const t = await getTranslations("contact.form");
  return { title: t("title") };
}

// Contact-us (N-3): open to everyone, signed in or not; the messages go to the admin's contact section.
export default async function ContactPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("contact.form");
  return (
    <div className="w-full max-w-xl">
      <div className="rounded-2xl bg-white p-6 shadow-sm ring-1 ring-slate-200 sm:p-8">
        <h1 className="text-2xl font-bold text-slate-900">{t("title")}</h1>
        <p className="mt-1 text-sm text-slate-600">{t("subtitle")}</p>
        <div className="mt-6">
          <ContactForm />
        </div>
      </div>
    </div>
  );
}
