export const TEMPLATE_DB = "bashgah_test_template";

/** DATABASE_URL pointed at another database of the same server. */
export function databaseUrl(database: string): string {
  const url = new URL(process.env.DATABASE_URL!);
  url.pathname = `/${database}`;
  return url.toString();
}
