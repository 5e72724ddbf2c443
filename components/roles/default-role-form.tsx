"use client";

import { useState } from "react";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRouter } from "@/i18n/navigation";
import { useTRPC } from "@/components/providers/trpc";
import { SelectField } from "@/components/ui/select-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { FormAlert } from "@/components/ui/form-alert";
import { applyServerErrors } from "@/lib/form-errors";

/** Which role every new sign-up gets. */
export function DefaultRoleForm({ roles, current }: { roles: { id: string; label: string }[]; current: string }) {
  const t = useTranslations("roles.default");
  const router = useRouter();
  const trpc = useTRPC();
  const save = useMutation(trpc.roles.setDefault.mutationOptions());
  const [roleId, setRoleId] = useState(current);
  const [alert, setAlert] = useState<{ message: string; tone: "error" | "success" } | null>(null);
  return (
    <form
      method="post"
      className="flex flex-wrap items-end gap-3"
      onSubmit={async (e) => {
        e.preventDefault();
        setAlert(null);
        try {
          await save.mutateAsync({ roleId });
          setAlert({ message: "roles.default.saved", tone: "success" });
          router.refresh();
        } catch (err) {
          setAlert({ message: applyServerErrors(err, () => undefined, []) ?? "errors.unexpected", tone: "error" });
        }
      }}
    >
      <SelectField className="min-w-60" name="roleId" label={t("label")} value={roleId} onChange={(e) => setRoleId(e.target.value)}>
        {roles.map((r) => (
          <option key={r.id} value={r.id}>
            {r.label}
          </option>
        ))}
      </SelectField>
      <SubmitButton variant="secondary" pending={save.isPending} disabled={roleId === current}>
        {t("save")}
      </SubmitButton>
      <div className="basis-full">
        <FormAlert message={alert?.message ?? null} tone={alert?.tone} />
      </div>
    </form>
  );
}
