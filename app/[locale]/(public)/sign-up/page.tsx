import { getTranslations, setRequestLocale } from "next-intl/server";
import { redirect } from "next/navigation";
import { currentSession, homePath } from "@/server/page-auth";
import { serverApi } from "@/server/caller";
import { SignUpForm } from "@/components/auth/sign-up-form";

export async function generateMetadata() {
  const t = await getTranslations("auth.signUp");
  return { title: t("title") };
}

// A referral link (/sign-up?ref=CODE) fills the referrer field; the visitor may change or clear it.
export default async function SignUpPage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<{ ref?: string | string[] }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const session = await currentSession();
  if (session?.user) redirect(`/${locale}${homePath(session.user)}`);
  const { ref } = await searchParams;
  const referrer = (Array.isArray(ref) ? ref[0] : ref)?.trim().slice(0, 300) ?? "";
  const fields = await (await serverApi()).auth.signUpFields();
  return <SignUpForm fields={fields} referrer={referrer} />;
}
