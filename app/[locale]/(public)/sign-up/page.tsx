import { getTranslations, setRequestLocale } from "next-intl/server";
import { redirect } from "next/navigation";
import { currentSession, homePath } from "@/server/page-auth";
import { serverApi } from "@/server/caller";
import { SignUpForm } from "@/components/auth/sign-up-form";

export async function generateMetadata() {
  const t = await getTranslations("auth.signUp");
  return { title: t("title") };
}

export default async function SignUpPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const session = await currentSession();
  if (session?.user) redirect(`/${locale}${homePath(session.user)}`);
  const fields = await (await serverApi()).auth.signUpFields();
  return <SignUpForm fields={fields} />;
}
