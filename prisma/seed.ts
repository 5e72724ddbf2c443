// npm run db:seed — the demo data (admin, customer, blocked customer) and the system roles.
// Embedded mode: run it while the app is stopped (one process per PGlite data folder).
import { prepareDatabase } from "../server/bootstrap";

prepareDatabase({ seedDemo: true }).then(
  () => process.exit(0),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
