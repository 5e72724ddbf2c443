import "server-only";
import { initTRPC, TRPCError } from "@trpc/server";
import superjson from "superjson";
import { ZodError } from "zod";
import type { Db } from "./db";
import { FieldErrors, RateLimited, type FieldProblem } from "./errors";
import { isStaff, type AccountPermission, type AdminPermission } from "./permissions";
import type { VisitorJar } from "./services/polls/visitor-cookie";

export interface SessionUser {
  id: string;
  customerId: string | null;
  permissions: string[];
  /** The staff user viewing as this customer (C-4); such a session may not change the password. */
  impersonatorId?: string | null;
}

export interface Context {
  db: Db;
  session: SessionUser | null;
  ip: string | null;
  /** The poll visitor cookie (services/polls/visitor-cookie.ts); absent where no request is at hand. */
  visitor?: VisitorJar;
}

/** Who may call a procedure; the authorization test reads it from every procedure of the router. */
export type Access =
  | { kind: "public" }
  | { kind: "customer"; permission: AccountPermission }
  | { kind: "admin"; permission: AdminPermission };

export interface Meta {
  access?: Access;
}

/** A zod message that is not one of ours (a type mismatch from a hand-made request) gets a generic key. */
const asKey = (message: string) => (/^([a-z][a-zA-Z]*\.)?(validation|errors)\./.test(message) ? message : "validation.invalid");

const GENERIC_MESSAGE: Partial<Record<TRPCError["code"], string>> = {
  UNAUTHORIZED: "errors.unauthorized",
  FORBIDDEN: "errors.forbidden",
  NOT_FOUND: "errors.notFound",
  INTERNAL_SERVER_ERROR: "errors.unexpected",
  TOO_MANY_REQUESTS: "errors.tooManyRequests",
};

const t = initTRPC
  .context<Context>()
  .meta<Meta>()
  .create({
    transformer: superjson,
    // Every error carries a message key; field errors carry their paths, so forms put the
    // translated text beside the field (L-3).
    errorFormatter({ shape, error }) {
      let fields: FieldProblem[] | undefined;
      if (error.cause instanceof ZodError) {
        // The first problem of each field, as the form's own validation shows it.
        const byPath = new Map<string, FieldProblem>();
        for (const i of error.cause.issues) {
          const path = i.path.join(".");
          if (!byPath.has(path)) byPath.set(path, { path, message: asKey(i.message) });
        }
        fields = [...byPath.values()];
      } else if (error.cause instanceof FieldErrors) {
        fields = error.cause.fields;
      }
      const message = fields?.[0]?.message ?? (error.message.includes(".") && !error.message.includes(" ")
        ? error.message
        : (GENERIC_MESSAGE[error.code] ?? "errors.unexpected"));
      const { stack: _stack, ...data } = shape.data;
      const retryAfterMinutes = error.cause instanceof RateLimited ? error.cause.retryAfterMinutes : undefined;
      return { ...shape, message, data: { ...data, fields, retryAfterMinutes } };
    },
  });

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;

/** Services throw domain errors; the client gets them as a 4xx (field errors with their fields). */
const domainErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (result.ok) return result;
  const cause = result.error.cause;
  if (cause instanceof FieldErrors) {
    throw new TRPCError({ code: cause.kind === "conflict" ? "CONFLICT" : "BAD_REQUEST", message: cause.message, cause });
  }
  if (cause instanceof RateLimited) throw new TRPCError({ code: "TOO_MANY_REQUESTS", message: cause.message, cause });
  return result;
});

const base = t.procedure.use(domainErrors);

export const publicProcedure = base.meta({ access: { kind: "public" } });

const signedIn = base.use(({ ctx, next }) => {
  if (!ctx.session) throw new TRPCError({ code: "UNAUTHORIZED", message: "errors.unauthorized" });
  return next({ ctx: { ...ctx, session: ctx.session } });
});

/** A signed-in customer whose roles allow this account section; handlers scope rows by ctx.customerId. */
export function customerProcedure(permission: AccountPermission) {
  return signedIn.meta({ access: { kind: "customer", permission } }).use(({ ctx, next }) => {
    const { customerId, permissions } = ctx.session;
    if (!customerId || !permissions.includes(permission)) {
      throw new TRPCError({ code: "FORBIDDEN", message: "errors.forbidden" });
    }
    return next({ ctx: { ...ctx, customerId, userId: ctx.session.id } });
  });
}

/** A signed-in staff user whose roles grant `permission`. */
export function adminProcedure(permission: AdminPermission) {
  return signedIn.meta({ access: { kind: "admin", permission } }).use(({ ctx, next }) => {
    const { permissions } = ctx.session;
    if (!isStaff(permissions) || !permissions.includes(permission)) {
      throw new TRPCError({ code: "FORBIDDEN", message: "errors.forbidden" });
    }
    // The actor every admin write records in the audit log.
    return next({ ctx: { ...ctx, userId: ctx.session.id, actor: { userId: ctx.session.id, ip: ctx.ip } } });
  });
}
