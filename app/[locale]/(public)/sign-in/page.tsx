import { getTranslations, setRequestLocale } from "next-intl/server";
import { redirect } from "next/navigation";
import { auth } from "@/server/auth";
import { homePath } from "@/server/page-auth";
import { SignInForm } from "@/components/auth/sign-in-form";

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
  const session = await auth();
  if (session?.user) redirect(`/${locale}${homePath(session.user)}`);
  const { callbackUrl } = await searchParams;
  // Only a path of this site, never another origin.
  const next = callbackUrl?.startsWith("/") && !callbackUrl.startsWith("//") ? callbackUrl : null;
  return <SignInForm callbackUrl={next} />;
}
