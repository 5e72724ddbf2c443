import { describe, expect, it } from "vitest";
import { locales } from "@/i18n/routing";
import { renderTemplate, TEMPLATE_KEYS } from "./templates";
import { DELIVERY_TEMPLATES } from "@/lib/schemas/delivery";

describe("delivery templates", () => {
  it("exist in fa, ar and en for every key, and the log's filter lists every key", () => {
    expect([...DELIVERY_TEMPLATES].sort()).toEqual([...TEMPLATE_KEYS].sort());
    for (const key of TEMPLATE_KEYS) {
      const bodies = locales.map((l) => renderTemplate(key, l, "EMAIL", { body: "x", subject: "y", customer: "c", number: "1" }).body);
      expect(bodies.every((b) => b.length > 0)).toBe(true);
    }
  });

  it("fills params, gives SMS no subject, and falls back to fa for an unknown language", () => {
    const params = { customer: "Sara", number: "42", subject: "Order", url: "https://club.example/x" };
    expect(renderTemplate("inbox.staffNewMessage", "en", "EMAIL", params)).toEqual({
      subject: "New message in the inbox: Order",
      body: "Sara wrote in conversation #42 “Order”.\nhttps://club.example/x",
    });
    expect(renderTemplate("inbox.customerReply", "fa", "SMS", params).subject).toBeNull();
    expect(renderTemplate("test", "de", "SMS", {}).body).toBe(renderTemplate("test", "fa", "SMS", {}).body);
  });
});
