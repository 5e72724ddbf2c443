"use client";

import { useFieldArray, type Control, type FieldErrors, type UseFormRegister } from "react-hook-form";
import { useLocale, useTranslations } from "next-intl";
import { ArrowDown, ArrowUp, Plus, Trash2 } from "lucide-react";
import { formatNumber, type AppLocale } from "@/lib/format";
import type { PollFormInput } from "@/lib/schemas/polls";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";

type Name = "options" | "respondentTypes";

interface Props {
  name: Name;
  control: Control<PollFormInput>;
  register: UseFormRegister<PollFormInput>;
  errors: FieldErrors<PollFormInput>;
  /** Saved rows that responses use: they can be closed, not removed. */
  used: ReadonlySet<string>;
  max: number;
}

/**
 * An ordered list of labels (a poll's answers or respondent types): add, remove, move up and down,
 * close. A row that responses use has no remove button; closing it keeps the results intact.
 */
export function ChoiceList({ name, control, register, errors, used, max }: Props) {
  const t = useTranslations("polls.form");
  const tAll = useTranslations();
  const locale = useLocale() as AppLocale;
  const { fields, append, remove, move } = useFieldArray({ control, name });
  const list = errors[name] as (FieldErrors<PollFormInput>["options"] & { root?: { message?: string } }) | undefined;
  // The rule on the list as a whole (e.g. "at least two answers") sits on the array itself.
  const listError = list?.message ?? list?.root?.message;
  const kind = name === "options" ? "answer" : "respondentType";
  return (
    <div className="flex flex-col gap-2" data-testid={`poll-${name}`}>
      {listError && (
        <p data-field-error={name} className="text-sm font-medium text-rose-600">
          {tAll(listError)}
        </p>
      )}
      <ol className="flex flex-col gap-2">
        {fields.map((field, i) => {
          const savedId = (field as unknown as { savedId?: string }).savedId;
          const locked = !!savedId && used.has(savedId);
          const label = t(kind, { n: formatNumber(i + 1, locale) });
          return (
            <li key={field.id} className="flex flex-wrap items-end gap-2 rounded-lg bg-slate-50 p-2 ring-1 ring-slate-200" data-testid="poll-choice">
              <TextField
                id={`field-${name}-${i}`}
                label={label}
                className="min-w-40 flex-1"
                autoComplete="off"
                error={(list as unknown as Record<number, { label?: { message?: string } }> | undefined)?.[i]?.label?.message}
                {...register(`${name}.${i}.label` as const)}
              />
              <label className="flex items-center gap-1.5 pb-2.5 text-sm text-slate-700">
                <input type="checkbox" className="size-4 rounded border-slate-300" {...register(`${name}.${i}.closed` as const)} />
                {t("closeChoice")}
              </label>
              <div className="flex items-center gap-0.5 pb-1">
                <Button variant="ghost" className="px-2" aria-label={t("moveUp", { label })} disabled={i === 0} onClick={() => move(i, i - 1)}>
                  <ArrowUp className="size-4" aria-hidden />
                </Button>
                <Button variant="ghost" className="px-2" aria-label={t("moveDown", { label })} disabled={i === fields.length - 1} onClick={() => move(i, i + 1)}>
                  <ArrowDown className="size-4" aria-hidden />
                </Button>
                {locked ? (
                  <span className="px-2 text-xs font-medium text-amber-700" title={t("lockedChoice")}>
                    {t("usedBadge")}
                  </span>
                ) : (
                  <Button variant="ghost" className="px-2 text-rose-700" aria-label={t("removeChoice", { label })} onClick={() => remove(i)}>
                    <Trash2 className="size-4" aria-hidden />
                  </Button>
                )}
              </div>
            </li>
          );
        })}
      </ol>
      {fields.length < max && (
        <Button variant="secondary" className="self-start" onClick={() => append({ label: "", closed: false })}>
          <Plus className="size-4" aria-hidden />
          {name === "options" ? t("addAnswer") : t("addRespondentType")}
        </Button>
      )}
    </div>
  );
}
