import "server-only";
import { router } from "../trpc";
import { authRouter } from "./auth";
import { profileRouter } from "./profile";
import { rolesRouter } from "./roles";
import { staffRouter } from "./staff";
import { auditRouter } from "./audit";
import { customersRouter } from "./customers";
import { customFieldsRouter } from "./custom-fields";
import { customerSettingsRouter } from "./customer-settings";
import { addressesRouter } from "./addresses";
import { visitsRouter } from "./visits";

export const appRouter = router({
  auth: authRouter,
  profile: profileRouter,
  roles: rolesRouter,
  staff: staffRouter,
  audit: auditRouter,
  customers: customersRouter,
  customFields: customFieldsRouter,
  customerSettings: customerSettingsRouter,
  addresses: addressesRouter,
  visits: visitsRouter,
});

export type AppRouter = typeof appRouter;
