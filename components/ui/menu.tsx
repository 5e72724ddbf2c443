"use client";

import type { ReactNode } from "react";
import { Button, Menu, MenuItem, MenuTrigger, Popover } from "react-aria-components";
import { cn } from "@/lib/cn";

export interface MenuAction {
  id: string;
  label: string;
  danger?: boolean;
}

/** A button opening a keyboard-navigable menu of actions (react-aria). */
export function ActionMenu({ label, trigger, actions, onAction }: { label: string; trigger: ReactNode; actions: MenuAction[]; onAction: (id: string) => void }) {
  return (
    <MenuTrigger>
      <Button aria-label={label} className="inline-flex items-center gap-1 rounded-lg px-2 py-1.5 text-slate-600 outline-none hover:bg-slate-100 focus-visible:ring-2 focus-visible:ring-brand-200">
        {trigger}
      </Button>
      <Popover placement="bottom end" className="min-w-48 rounded-xl bg-white p-1 shadow-lg ring-1 ring-slate-200">
        <Menu className="outline-none" onAction={(key) => onAction(String(key))}>
          {actions.map((a) => (
            <MenuItem
              key={a.id}
              id={a.id}
              className={cn(
                "cursor-pointer rounded-lg px-3 py-2 text-sm outline-none data-[focused]:bg-slate-100",
                a.danger ? "text-rose-700" : "text-slate-800",
              )}
            >
              {a.label}
            </MenuItem>
          ))}
        </Menu>
      </Popover>
    </MenuTrigger>
  );
}
