"use client";

import { useLocale, useTranslations } from "next-intl";
import { GregorianCalendar, parseDate, toCalendar, type CalendarDate } from "@internationalized/date";
import {
  Button,
  Calendar,
  CalendarCell,
  CalendarGrid,
  DateInput,
  DatePicker,
  DateSegment,
  Dialog,
  Group,
  Heading,
  I18nProvider,
  Label,
  Popover,
} from "react-aria-components";
import { CalendarDays, ChevronLeft, ChevronRight } from "lucide-react";
import { cn } from "@/lib/cn";

// The calendar each locale reads dates in: Jalali for fa, Umm al-Qura for ar (L-2).
const CALENDAR_LOCALE: Record<string, string> = {
  fa: "fa-IR-u-ca-persian",
  ar: "ar-SA-u-ca-islamic-umalqura",
  en: "en-GB",
};

interface Props {
  name: string;
  label: string;
  /** yyyy-mm-dd (Gregorian) or "". */
  value: string;
  onChange: (value: string) => void;
  error?: string;
  className?: string;
}

const safeParse = (v: string): CalendarDate | null => {
  try {
    return v ? parseDate(v) : null;
  } catch {
    return null;
  }
};

/**
 * A date typed or picked in the reader's calendar; the value stays a Gregorian yyyy-mm-dd, which is
 * what the schemas and the database hold.
 */
export function DateField({ name, label, value, onChange, error, className }: Props) {
  const locale = useLocale();
  const t = useTranslations();
  const errorId = `field-${name}-error`;
  return (
    <I18nProvider locale={CALENDAR_LOCALE[locale] ?? locale}>
      <DatePicker
        value={safeParse(value)}
        onChange={(d) => onChange(d ? toCalendar(d, new GregorianCalendar()).toString() : "")}
        isInvalid={!!error}
        granularity="day"
        className={cn("flex flex-col gap-1.5", className)}
        aria-describedby={error ? errorId : undefined}
        data-testid={`date-${name}`}
      >
        <Label className="text-sm font-medium text-slate-700">{label}</Label>
        <Group
          className={cn(
            "flex w-full items-center rounded-lg border bg-white px-3 py-2 text-sm shadow-sm focus-within:ring-2",
            error ? "border-rose-400 focus-within:ring-rose-200" : "border-slate-300 focus-within:ring-brand-100",
          )}
        >
          <DateInput className="flex flex-1 gap-0.5">
            {(segment) => (
              <DateSegment segment={segment} className="rounded px-0.5 tabular-nums outline-none data-[focused]:bg-brand-100 data-[placeholder]:text-slate-400" />
            )}
          </DateInput>
          <Button aria-label={t("common.openCalendar")} className="rounded p-1 text-slate-500 outline-none hover:bg-slate-100">
            <CalendarDays className="size-4" />
          </Button>
        </Group>
        {error && (
          <p id={errorId} data-field-error={name} className="text-xs font-medium text-rose-600">
            {t(error)}
          </p>
        )}
        <Popover className="rounded-xl bg-white p-3 shadow-lg ring-1 ring-slate-200">
          <Dialog className="outline-none">
            <Calendar>
              <header className="mb-2 flex items-center justify-between gap-2">
                <Button slot="previous" aria-label={t("common.previousMonth")} className="rounded p-1 hover:bg-slate-100">
                  <ChevronLeft className="rtl-mirror size-4" />
                </Button>
                <Heading className="text-sm font-semibold" />
                <Button slot="next" aria-label={t("common.nextMonth")} className="rounded p-1 hover:bg-slate-100">
                  <ChevronRight className="rtl-mirror size-4" />
                </Button>
              </header>
              <CalendarGrid className="text-sm">
                {(date) => (
                  <CalendarCell
                    date={date}
                    className="flex size-9 items-center justify-center rounded-lg outline-none data-[outside-month]:invisible data-[selected]:bg-brand-600 data-[selected]:text-white data-[hovered]:bg-slate-100 data-[focus-visible]:ring-2 data-[focus-visible]:ring-brand-300"
                  />
                )}
              </CalendarGrid>
            </Calendar>
          </Dialog>
        </Popover>
      </DatePicker>
    </I18nProvider>
  );
}
