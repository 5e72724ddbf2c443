"use client";

import { useSyncExternalStore, type ComponentProps } from "react";
import { Button } from "./button";

const subscribe = () => () => {};

/**
 * A form's submit button: disabled until the page's scripts run (a click before that would post the
 * form natively, past its validation) and while the form is being sent.
 */
export function SubmitButton({ pending, disabled, ...props }: ComponentProps<typeof Button> & { pending?: boolean }) {
  const hydrated = useSyncExternalStore(subscribe, () => true, () => false);
  return <Button type="submit" disabled={!hydrated || pending || disabled} aria-busy={pending || undefined} {...props} />;
}
