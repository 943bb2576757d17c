import { createServer, type Server, type Socket } from "node:net";

/**
 * A tiny SMTP server on 127.0.0.1 for tests: enough of the protocol for
 * nodemailer (EHLO, MAIL, RCPT, DATA, QUIT). `refusing` makes it turn every
 * connection away with 421, as a server that is down or overloaded does.
 */
export interface FakeSmtp {
  url: string;
  received: { to: string; data: string }[];
  refusing: boolean;
  close: () => Promise<void>;
}

export async function startFakeSmtp(): Promise<FakeSmtp> {
  const state: FakeSmtp = { url: "", received: [], refusing: false, close: async () => {} };
  const sockets = new Set<Socket>();
  const server: Server = createServer((socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
    socket.on("error", () => {});
    if (state.refusing) {
      socket.end("421 fake: service not available, try again later\r\n");
      return;
    }
    let buffer = "";
    let inData = false;
    let to = "";
    let data = "";
    socket.write("220 fake ESMTP ready\r\n");
    socket.on("data", (chunk) => {
      buffer += chunk.toString("utf8");
      let index: number;
      while ((index = buffer.indexOf("\r\n")) >= 0) {
        const line = buffer.slice(0, index);
        buffer = buffer.slice(index + 2);
        if (inData) {
          if (line === ".") {
            inData = false;
            state.received.push({ to, data });
            data = "";
            socket.write("250 OK queued\r\n");
          } else data += `${line}\n`;
          continue;
        }
        const command = line.slice(0, 4).toUpperCase();
        if (command === "EHLO" || command === "HELO") socket.write("250-fake\r\n250 8BITMIME\r\n");
        else if (command === "MAIL") socket.write("250 OK\r\n");
        else if (command === "RCPT") {
          to = line.replace(/^RCPT TO:\s*<?([^>]*)>?.*$/i, "$1");
          socket.write("250 OK\r\n");
        } else if (command === "DATA") {
          inData = true;
          socket.write("354 go ahead\r\n");
        } else if (command === "QUIT") socket.end("221 bye\r\n");
        else if (command === "RSET" || command === "NOOP") socket.write("250 OK\r\n");
        else socket.write("502 not implemented\r\n");
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  if (!address || typeof address === "string") throw new Error("fake SMTP did not bind");
  state.url = `smtp://127.0.0.1:${address.port}`;
  state.close = () =>
    new Promise<void>((resolve) => {
      for (const s of sockets) s.destroy();
      server.close(() => resolve());
    });
  return state;
}
