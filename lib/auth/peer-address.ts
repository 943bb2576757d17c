import type { IncomingMessage, Server, ServerResponse } from "node:http";
import http from "node:http";
import https from "node:https";
import { PEER_HEADER } from "./ip";
import { isLoopback, testModeApplies } from "./test-mode-guard";

/**
 * Writes each request's socket address into PEER_HEADER before Next handles
 * it (installed once from instrumentation.ts, in the Node.js server process).
 * Any PEER_HEADER the client sent is overwritten, so the app can trust it.
 */
export function installPeerAddressHeader() {
  const testMode = testModeApplies();
  for (const ServerClass of [http.Server, https.Server] as unknown as (typeof Server)[]) {
    const proto = ServerClass.prototype as Server & { __alongsidePeer?: boolean };
    if (proto.__alongsidePeer) continue;
    proto.__alongsidePeer = true;
    const emit = proto.emit as (this: Server, event: string | symbol, ...args: unknown[]) => boolean;
    proto.emit = function (this: Server, event: string | symbol, ...args: unknown[]) {
      if (event === "request") {
        const request = args[0] as IncomingMessage;
        request.headers[PEER_HEADER] = request.socket?.remoteAddress ?? "";
        if (testMode && !isLoopback(request.socket?.localAddress)) {
          const response = args[1] as ServerResponse;
          response.writeHead(503, { "content-type": "text/plain; charset=utf-8" }).end("APP_ENV=test is only served on a loopback address.\n");
          return true;
        }
      }
      return emit.call(this, event, ...args);
    } as Server["emit"];
  }
}
