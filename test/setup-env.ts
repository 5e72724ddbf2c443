// bcrypt at its lowest cost: the suite tests behaviour, not hashing speed.
process.env.BCRYPT_COST = "4";
process.env.AUTH_SECRET ??= "test-secret-for-vitest-only-0123456789";
