import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { appRouter } from "@/server/routers/_app";
import { createContext } from "@/server/context";
import { isSameOrigin } from "@/server/same-origin";

function handler(req: Request) {
  // A cross-site page must not post mutations with the visitor's cookie.
  if (req.method === "POST" && !isSameOrigin(req)) {
    return Response.json({ error: "errors.forbidden" }, { status: 403 });
  }
  return fetchRequestHandler({
    endpoint: "/api/trpc",
    req,
    router: appRouter,
    // The response headers let the poll answer set its signed visitor cookie (Secure over https).
    createContext: ({ resHeaders }) =>
      createContext(req.headers, {
        headers: resHeaders,
        secure: new URL(req.url).protocol === "https:" || req.headers.get("x-forwarded-proto")?.split(",")[0]?.trim() === "https",
      }),
    onError({ error, path }) {
      if (error.code === "INTERNAL_SERVER_ERROR") console.error(`[trpc] ${path}:`, error.cause ?? error);
    },
  });
}

export { handler as GET, handler as POST };
