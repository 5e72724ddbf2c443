import { Forbidden } from "@/components/layout/forbidden";
import { signOutAction } from "./actions";

// Shown with HTTP 403 when a page calls forbidden(): a signed-in user outside their rooms.
export default function ForbiddenPage() {
  return <Forbidden homeHref="/" signOutAction={signOutAction} />;
}
