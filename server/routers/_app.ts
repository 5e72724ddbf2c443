import "server-only";
import { router } from "../trpc";
import { authRouter } from "./auth";
import { profileRouter } from "./profile";
import { rolesRouter } from "./roles";
import { staffRouter } from "./staff";
import { auditRouter } from "./audit";

export const appRouter = router({
  auth: authRouter,
  profile: profileRouter,
  roles: rolesRouter,
  staff: staffRouter,
  audit: auditRouter,
});

export type AppRouter = typeof appRouter;
