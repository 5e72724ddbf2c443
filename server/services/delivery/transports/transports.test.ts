import { createServer as createHttpServer, type Server } from "node:http";
import { createServer as createTcpServer, type Server as TcpServer, type Socket } from "node:net";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { kavenegarTransport } from "./kavenegar";
import { smtpTransport } from "./smtp";
import { unifonicTransport } from "./unifonic";

// Every network transport gives up on a provider that does not answer, with an error that says so
// (it is what the delivery log shows). A tiny timeout keeps the tests quick.

const message = { to: "+989121234567", subject: "s", body: "سلام" };

/** An HTTP provider that never answers; with ?stall it sends the headers and then stops mid-body. */
let http: Server;
let httpUrl = "";
/** An SMTP server that accepts the connection and never greets. */
let smtp: TcpServer;
let smtpPort = 0;
const sockets: Socket[] = [];
beforeAll(async () => {
  http = createHttpServer((req, res) => {
    req.resume();
    if (req.url?.includes("stall")) {
      res.writeHead(200, { "content-type": "application/json" });
      res.write('{"return":');
    }
  });
  await new Promise<void>((r) => http.listen(0, "127.0.0.1", r));
  httpUrl = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
  smtp = createTcpServer((s) => void sockets.push(s));
  await new Promise<void>((r) => smtp.listen(0, "127.0.0.1", r));
  smtpPort = (smtp.address() as AddressInfo).port;
});
afterAll(async () => {
  http.closeAllConnections();
  await new Promise<void>((r) => http.close(() => r()));
  for (const s of sockets) s.destroy();
  await new Promise<void>((r) => smtp.close(() => r()));
});

describe("transports against a provider that does not answer", () => {
  it("kavenegar and unifonic give up after their timeout, also when the answer stops half-way", async () => {
    const kave = kavenegarTransport({ baseUrl: httpUrl, apiKey: "secret-key", sender: "" }, { timeoutMs: 100 });
    await expect(kave.send(message)).rejects.toThrow("provider did not answer within 0.1 s");
    const uni = unifonicTransport({ baseUrl: httpUrl, appSid: "sid", senderId: "club" }, { timeoutMs: 100 });
    await expect(uni.send(message)).rejects.toThrow("provider did not answer within 0.1 s");
    const stalled = kavenegarTransport({ baseUrl: `${httpUrl}/stall`, apiKey: "secret-key", sender: "" }, { timeoutMs: 100 });
    await expect(stalled.send(message)).rejects.toThrow("provider did not answer within 0.1 s");
  });

  it("a provider that refuses the connection is named in the error, without the API key in the URL", async () => {
    const closed = createHttpServer();
    await new Promise<void>((r) => closed.listen(0, "127.0.0.1", r));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((r) => closed.close(() => r()));
    const kave = kavenegarTransport({ baseUrl: `http://127.0.0.1:${port}`, apiKey: "secret-key", sender: "" }, { timeoutMs: 1000 });
    const error = await kave.send(message).then(
      () => "",
      (e: Error) => e.message,
    );
    expect(error).toContain("provider unreachable");
    expect(error).toContain("ECONNREFUSED");
    expect(error).not.toContain("secret-key");
  });

  it("smtp gives up on a server that never greets", async () => {
    const mail = smtpTransport({ host: "127.0.0.1", port: smtpPort, secure: false, user: "", password: null, from: "club@example.com" }, { timeoutMs: 100 });
    await expect(mail.send({ ...message, to: "a@example.com" })).rejects.toThrow(/^smtp: no answer within 0\.1 s: /);
  });
});
