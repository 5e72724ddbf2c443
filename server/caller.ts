import "server-only";
import { cache } from "react";
import { headers } from "next/headers";
import { createCallerFactory } from "./trpc";
import { appRouter } from "./routers/_app";
import { createContext } from "./context";

const createCaller = createCallerFactory(appRouter);

/** The tRPC caller for server components: same procedures, same permission checks. */
export const serverApi = cache(async () => createCaller(await createContext(await headers())));
