import { z } from "zod";
import { requiredText } from "./schemas/common";

// Names that customers read in their own language (catalog items, checkout options): { fa, ar, en }.
// Persian is required (the default locale); Arabic and English fall back to it when empty.

export type LocalizedText = { fa: string; ar: string; en: string };

export const localizedNameSchema = (max = 120) =>
  z
    .object({
      fa: requiredText(max),
      ar: z.string().trim().max(max, "validation.tooLong"),
      en: z.string().trim().max(max, "validation.tooLong"),
    })
    .strict();

/** The name in the reader's language, else Persian, else whatever is there. */
export const nameIn = (name: LocalizedText | null | undefined, locale: string): string =>
  name ? name[locale as keyof LocalizedText] || name.fa || name.en || name.ar : "";

/** The parts of a localized name that a search should find (normalised by the caller). */
export const namesOf = (name: LocalizedText) => [name.fa, name.ar, name.en];
