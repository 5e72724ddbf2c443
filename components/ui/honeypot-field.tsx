import type { UseFormRegisterReturn } from "react-hook-form";

/**
 * The public forms' trap for bots: off-screen, out of the tab order and hidden from screen readers,
 * so people never fill it; autocomplete is off so a browser does not either.
 */
export function HoneypotField({ registration }: { registration: UseFormRegisterReturn }) {
  return (
    <div aria-hidden className="absolute -start-[10000px] size-px overflow-hidden">
      <label>
        Website
        <input type="text" tabIndex={-1} autoComplete="off" {...registration} />
      </label>
    </div>
  );
}
