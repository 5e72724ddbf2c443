import { getTranslations, setRequestLocale } from "next-intl/server";
import { redirect } from "next/navigation";
import { currentSession, homePath } from "@/server/page-auth";
import { SignInForm } from "@/components/auth/sign-in-form";
import { safeCallbackPath } from "@/lib/callback-url";

export async function generateMetadata() {
  const t = await getTranslations("auth.signIn");
  return { title: t("title") };
}

export default async function SignInPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ callbackUrl?: string }>;
}) {
  const { locale } = await params;
  setRequestLocale(locale);
  const session = await currentSession();
  if (session?.user) redirect(`/${locale}${homePath(session.user)}`);
  const { callbackUrl } = await searchParams;
  return <SignInForm callbackUrl={safeCallbackPath(callbackUrl)} />;
}
