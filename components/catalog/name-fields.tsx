"use client";

import type { FieldErrors, FieldValues, Path, UseFormRegister } from "react-hook-form";
import { useTranslations } from "next-intl";
import { TextField } from "@/components/ui/text-field";

type Localized = { fa?: { message?: string }; ar?: { message?: string }; en?: { message?: string } };

/** A name in the three languages: Persian required, Arabic and English fall back to it. */
export function NameFields<T extends FieldValues>({ register, errors, field = "name" }: { register: UseFormRegister<T>; errors: FieldErrors<T>; field?: string }) {
  const t = useTranslations("catalog.common");
  const e = (errors as Record<string, Localized | undefined>)[field];
  return (
    <fieldset className="grid gap-3 sm:grid-cols-3">
      <legend className="sr-only">{t("name")}</legend>
      <TextField label={`${t("nameFa")} *`} dir="rtl" autoComplete="off" error={e?.fa?.message} {...register(`${field}.fa` as Path<T>)} />
      <TextField label={t("nameAr")} dir="rtl" autoComplete="off" hint={t("fallbackHint")} error={e?.ar?.message} {...register(`${field}.ar` as Path<T>)} />
      <TextField label={t("nameEn")} dir="ltr" autoComplete="off" hint={t("fallbackHint")} error={e?.en?.message} {...register(`${field}.en` as Path<T>)} />
    </fieldset>
  );
}
