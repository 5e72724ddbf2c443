// The poll visitor cookie (issue 9): a random id signed with the app's secret, http-only and
// SameSite=Lax; a value the server did not sign, or one altered, reads as no id at all.
import { describe, expect, it } from "vitest";
import { VISITOR_COOKIE, cookieValue, newVisitorId, signVisitorId, verifyVisitorCookie, visitorJar, visitorSetCookie } from "./visitor-cookie";

describe("the visitor cookie", () => {
  it("round-trips a signed id and refuses altered or unsigned values", () => {
    const id = newVisitorId();
    expect(id).not.toBe(newVisitorId());
    const signed = signVisitorId(id);
    expect(verifyVisitorCookie(signed)).toBe(id);
    const [, sig] = signed.split(".");
    expect(verifyVisitorCookie(`${newVisitorId()}.${sig}`)).toBeNull();
    expect(verifyVisitorCookie(`${id}.${sig!.slice(0, -1)}${sig!.endsWith("A") ? "B" : "A"}`)).toBeNull();
    for (const bad of [id, "", null, undefined, `${id}.`, "x.y"]) expect(verifyVisitorCookie(bad)).toBeNull();
  });

  it("is http-only, SameSite=Lax, for the whole site, Secure over https", () => {
    const header = visitorSetCookie("abcdefghijklmnopqrstuvwx", false);
    expect(header).toMatch(new RegExp(`^${VISITOR_COOKIE}=abcdefghijklmnopqrstuvwx\\.[A-Za-z0-9_-]{43}; `));
    expect(header).toContain("; HttpOnly");
    expect(header).toContain("; SameSite=Lax");
    expect(header).toContain("; Path=/");
    expect(header).not.toContain("Secure");
    expect(visitorSetCookie("abcdefghijklmnopqrstuvwx", true)).toContain("; Secure");
  });

  it("a request's jar reads the cookie among others and sets a new one on the response only", () => {
    const id = newVisitorId();
    const request = new Headers({ cookie: `a=1; ${VISITOR_COOKIE}=${signVisitorId(id)}; b=2` });
    expect(cookieValue(request.get("cookie"), "b")).toBe("2");
    expect(visitorJar(request).id).toBe(id);
    const response = new Headers();
    const jar = visitorJar(new Headers(), { headers: response, secure: true });
    expect(jar.id).toBeNull();
    jar.remember(id);
    expect(jar.id).toBe(id);
    expect(response.get("set-cookie")).toContain(`${VISITOR_COOKIE}=${signVisitorId(id)};`);
    expect(() => visitorJar(new Headers()).remember(id)).toThrow();
    // A malformed escape in a hand-made cookie reads as no cookie, not a server error.
    expect(visitorJar(new Headers({ cookie: `${VISITOR_COOKIE}=%E0%A4%A` })).id).toBeNull();
  });
});
