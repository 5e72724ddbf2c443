"use client";

import { useState, type ReactNode } from "react";
import { useTranslations } from "next-intl";
import { Menu, X } from "lucide-react";
import { Link, usePathname } from "@/i18n/navigation";
import { cn } from "@/lib/cn";
import { Brand } from "./brand";
import { LocaleSwitcher } from "./locale-switcher";
import { SignOutButton, type SignOutAction } from "./sign-out-button";

export interface NavItem {
  href: string;
  label: string;
  icon: ReactNode;
  /** Shown at the end of the item (the inbox's unread-thread count). */
  badge?: ReactNode;
}

export interface NavGroup {
  label?: string;
  items: NavItem[];
}

interface Props {
  /** The portal's name ("Admin panel", "My account"), for the navigation's label. */
  title: string;
  home: string;
  nav: NavGroup[];
  userName: string;
  userNote?: string;
  signOutAction: SignOutAction;
  children: ReactNode;
}

/** The frame of the admin and account areas: side navigation (a drawer on phones) and a top bar. */
export function PortalShell({ title, home, nav, userName, userNote, signOutAction, children }: Props) {
  const t = useTranslations("common");
  const pathname = usePathname();
  const [open, setOpen] = useState(false);
  const isActive = (href: string) => (href === home ? pathname === home : pathname === href || pathname.startsWith(`${href}/`));

  const navigation = (
    <nav aria-label={title} className="flex flex-col gap-5 px-3 py-4">
      {nav.map((group, i) => (
        <div key={group.label ?? i} className="flex flex-col gap-0.5">
          {group.label && <p className="px-3 pb-1 text-xs font-semibold text-slate-400">{group.label}</p>}
          {group.items.map((item) => (
            <Link
              key={item.href}
              href={item.href}
              onClick={() => setOpen(false)}
              aria-current={isActive(item.href) ? "page" : undefined}
              className={cn(
                "flex items-center gap-3 rounded-lg px-3 py-2 text-sm transition-colors",
                isActive(item.href) ? "bg-brand-50 font-semibold text-brand-700" : "text-slate-700 hover:bg-slate-100",
              )}
            >
              <span className="shrink-0 [&>svg]:size-4">{item.icon}</span>
              {item.label}
              {item.badge}
            </Link>
          ))}
        </div>
      ))}
    </nav>
  );

  return (
    <div className="min-h-dvh lg:grid lg:grid-cols-[16rem_1fr]">
      <aside className="hidden border-e border-slate-200 bg-white lg:sticky lg:top-0 lg:block lg:h-dvh lg:overflow-y-auto">
        <div className="flex h-16 items-center border-b border-slate-200 px-5">
          <Brand href={home} />
        </div>
        {navigation}
      </aside>

      {open && (
        <div className="fixed inset-0 z-40 lg:hidden" role="dialog" aria-modal="true" aria-label={title}>
          <button type="button" className="absolute inset-0 bg-slate-900/40" aria-label={t("closeMenu")} onClick={() => setOpen(false)} />
          <div className="absolute inset-y-0 start-0 w-72 max-w-[85vw] overflow-y-auto bg-white shadow-xl">
            <div className="flex h-16 items-center justify-between border-b border-slate-200 px-4">
              <Brand href={home} />
              <button type="button" onClick={() => setOpen(false)} className="rounded-lg p-2 hover:bg-slate-100" aria-label={t("closeMenu")}>
                <X className="size-5" aria-hidden />
              </button>
            </div>
            {navigation}
          </div>
        </div>
      )}

      <div className="flex min-w-0 flex-col">
        <header className="sticky top-0 z-30 flex h-16 items-center gap-3 border-b border-slate-200 bg-white/90 px-4 backdrop-blur sm:px-6">
          <button
            type="button"
            className="rounded-lg p-2 hover:bg-slate-100 lg:hidden"
            onClick={() => setOpen(true)}
            aria-label={t("openMenu")}
            aria-expanded={open}
          >
            <Menu className="size-5" aria-hidden />
          </button>
          <p className="truncate text-sm font-semibold text-slate-700">{title}</p>
          <div className="ms-auto flex items-center gap-2 sm:gap-4">
            <div className="hidden sm:block">
              <LocaleSwitcher />
            </div>
            <div className="hidden text-end md:block">
              <p data-testid="current-user" className="text-sm font-medium text-slate-900">{userName}</p>
              {userNote && <p className="text-xs text-slate-500">{userNote}</p>}
            </div>
            <SignOutButton action={signOutAction} />
          </div>
        </header>
        <div className="border-b border-slate-200 bg-white px-4 py-2 sm:hidden">
          <LocaleSwitcher />
        </div>
        <main className="mx-auto w-full max-w-6xl flex-1 px-4 py-6 sm:px-6 lg:py-8">{children}</main>
      </div>
    </div>
  );
}
