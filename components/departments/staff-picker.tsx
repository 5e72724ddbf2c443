"use client";

import { useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useTRPC } from "@/components/providers/trpc";
import { SearchPicker } from "@/components/ui/search-picker";

export interface StaffMember {
  id: string;
  name: string;
  username: string;
}

function useStaffResults(q: string) {
  const trpc = useTRPC();
  return useQuery({ ...trpc.departments.staffOptions.queryOptions({ query: q }), enabled: q.length > 0 });
}

/** The staff members responsible for a department, chosen by searching staff users by name or username. */
export function StaffPicker({ value, onChange, initial, error }: {
  value: string[];
  onChange: (ids: string[]) => void;
  /** The members already chosen (from the edited department), to show their names. */
  initial: StaffMember[];
  /** A message key. */
  error?: string;
}) {
  const t = useTranslations("departments.form");
  return (
    <SearchPicker<StaffMember>
      value={value}
      onChange={onChange}
      initial={initial}
      useResults={useStaffResults}
      label={(s) => s.name}
      subLabel={(s) => s.username}
      texts={{
        legend: t("staff"),
        hint: t("staffHint"),
        search: t("staffSearch"),
        searching: t("searching"),
        empty: t("noStaff"),
        chosen: t("chosenStaff"),
        remove: (name) => t("removeStaff", { name }),
        add: t("add"),
        added: t("added"),
        addNamed: (name) => t("addStaff", { name }),
      }}
      testIds={{ root: "department-staff", results: "staff-results", chip: "chosen-staff" }}
      error={error}
      errorField="staffIds"
    />
  );
}
