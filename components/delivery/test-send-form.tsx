"use client";

import { useState, type FormEvent } from "react";
import { useMutation } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { CircleAlert, CircleCheck } from "lucide-react";
import { EMAIL_TRANSPORTS, SMS_TRANSPORTS, type DeliveryChannel } from "@/lib/schemas/delivery";
import { applyServerErrors } from "@/lib/form-errors";
import type { AppLocale } from "@/lib/format";
import { useTRPC } from "@/components/providers/trpc";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { SelectField } from "@/components/ui/select-field";
import { cn } from "@/lib/cn";

type Result = { ok: true } | { ok: false; error: string } | { problem: string } | null;

/** "Send a test" for one channel: the test template through the chosen transport, at once. */
export function TestSendForm({ channel }: { channel: DeliveryChannel }) {
  const t = useTranslations("delivery.test");
  const tTransport = useTranslations("delivery.transport");
  const tAll = useTranslations();
  const locale = useLocale() as AppLocale;
  const trpc = useTRPC();
  const send = useMutation(trpc.messagingSettings.sendTest.mutationOptions());
  const transports = channel === "EMAIL" ? EMAIL_TRANSPORTS : SMS_TRANSPORTS;
  const [transport, setTransport] = useState<string>(transports[0]);
  const [address, setAddress] = useState("");
  const [fieldError, setFieldError] = useState<string | undefined>();
  const [result, setResult] = useState<Result>(null);
  const id = channel.toLowerCase();

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    setResult(null);
    setFieldError(undefined);
    try {
      const r = await send.mutateAsync({ channel, transport, address, locale } as never);
      setResult(r.ok ? { ok: true } : { ok: false, error: r.error });
    } catch (err) {
      const message = applyServerErrors(err, ((name: string, v: { message?: string }) => { if (name === "address") setFieldError(v.message); }) as never, ["address"]);
      if (message) setResult({ problem: message });
    }
  };

  const failed = result && ("problem" in result || !result.ok);
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-3" aria-label={t(`title${channel}`)} data-testid={`test-send-${id}`}>
      <h3 className="font-semibold text-slate-900">{t(`title${channel}`)}</h3>
      <div className="flex flex-wrap items-start gap-3">
        <SelectField name={`${id}-transport`} label={t("transport")} value={transport} onChange={(e) => setTransport(e.target.value)}>
          {transports.map((x) => <option key={x} value={x}>{tTransport(x)}</option>)}
        </SelectField>
        <TextField
          name={`${id}-address`}
          className="min-w-64 flex-1"
          label={channel === "EMAIL" ? t("email") : t("mobile")}
          dir="ltr"
          value={address}
          onChange={(e) => setAddress(e.target.value)}
          error={fieldError}
        />
      </div>
      <Button type="submit" className="self-start" disabled={send.isPending}>{send.isPending ? t("sending") : t("send")}</Button>
      {result && (
        <div
          role="status"
          data-testid={failed ? "test-failed" : "test-sent"}
          className={cn("flex items-start gap-2 rounded-lg px-3 py-2.5 text-sm", failed ? "bg-rose-50 text-rose-800 ring-1 ring-rose-200" : "bg-emerald-50 text-emerald-800 ring-1 ring-emerald-200")}
        >
          {failed ? <CircleAlert className="mt-0.5 size-4 shrink-0" aria-hidden /> : <CircleCheck className="mt-0.5 size-4 shrink-0" aria-hidden />}
          <span>
            {"problem" in result ? tAll(result.problem) : result.ok ? t("sent") : t("failed", { error: result.error })}
          </span>
        </div>
      )}
    </form>
  );
}
