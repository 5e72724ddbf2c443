import "next-auth";
import "@auth/core/jwt";

declare module "next-auth" {
  interface User {
    sessionVersion?: number;
  }
  interface Session {
    user: {
      id: string;
      name: string;
      email?: string | null;
      customerId: string | null;
      permissions: string[];
      /** The staff user viewing the account area as this customer (C-4), if any. */
      impersonator: { id: string; name: string } | null;
    };
    /** The impersonation ticket in the token; set through unstable_update. */
    impersonation?: string | null;
  }
}

declare module "@auth/core/jwt" {
  interface JWT {
    /** The user's sessionVersion when the token was issued. */
    sv?: number;
    customerId?: string | null;
    permissions?: string[];
    /** The user the session speaks for: the customer while impersonating, else `sub`. */
    uid?: string;
    /** A live Impersonation ticket id. */
    imp?: string;
    impersonator?: { id: string; name: string };
  }
}
