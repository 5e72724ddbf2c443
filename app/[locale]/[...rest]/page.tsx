import { notFound } from "next/navigation";

// Any unknown path under a locale gets the translated not-found page.
export default function CatchAll() {
  notFound();
}
