"use client";

import { cn } from "@/lib/cn";

interface Props {
  checked: boolean;
  onChange: (checked: boolean) => void;
  /** The accessible name: what is switched on. */
  label: string;
  disabled?: boolean;
  testId?: string;
}

/** An on/off switch: a real checkbox with role="switch", drawn as a track whose knob moves to the end side. */
export function Switch({ checked, onChange, label, disabled, testId }: Props) {
  return (
    <label className={cn("relative inline-flex shrink-0 items-center", disabled ? "cursor-not-allowed" : "cursor-pointer")}>
      <input
        type="checkbox"
        role="switch"
        className="peer sr-only"
        checked={checked}
        disabled={disabled}
        aria-label={label}
        data-testid={testId}
        onChange={(e) => onChange(e.target.checked)}
      />
      <span
        aria-hidden
        className={cn(
          "h-6 w-11 rounded-full bg-slate-300 transition-colors peer-checked:bg-emerald-600",
          "peer-focus-visible:ring-2 peer-focus-visible:ring-brand-200 peer-disabled:opacity-60",
        )}
      />
      <span
        aria-hidden
        className={cn(
          "absolute start-0.5 top-0.5 size-5 rounded-full bg-white shadow transition-transform",
          "peer-checked:translate-x-5 rtl:peer-checked:-translate-x-5",
        )}
      />
    </label>
  );
}
