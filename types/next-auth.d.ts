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
    };
  }
}

declare module "@auth/core/jwt" {
  interface JWT {
    /** The user's sessionVersion when the token was issued. */
    sv?: number;
    customerId?: string | null;
    permissions?: string[];
  }
}
