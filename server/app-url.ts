/** The site's public address for links in messages (APP_URL), without a trailing slash. */
export const appUrl = () => (process.env.APP_URL ?? "http://localhost:3000").replace(/\/+$/, "");
