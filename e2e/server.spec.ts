import { connect, type Socket } from "node:net";
import { expect, test } from "./fixtures";

/** Sends a GET on the socket and resolves with the status line of the answer, read to its end. */
function get(socket: Socket, path: string, host: string): Promise<string> {
  return new Promise((resolve, reject) => {
    let received = "";
    const onData = (chunk: Buffer) => {
      received += chunk.toString("latin1");
      const headEnd = received.indexOf("\r\n\r\n");
      if (headEnd < 0) return;
      const length = Number(/\r\ncontent-length: *(\d+)/i.exec(received.slice(0, headEnd))?.[1] ?? "NaN");
      const chunked = /\r\ntransfer-encoding: *chunked/i.test(received.slice(0, headEnd));
      const complete = chunked ? received.endsWith("0\r\n\r\n") : Number.isFinite(length) && received.length - headEnd - 4 >= length;
      if (!complete) return;
      cleanUp();
      resolve(received.slice(0, received.indexOf("\r\n")));
    };
    const onClose = () => {
      cleanUp();
      reject(new Error(`the server closed the connection before answering ${path}`));
    };
    const onError = (error: Error) => {
      cleanUp();
      reject(error);
    };
    const cleanUp = () => {
      socket.off("data", onData);
      socket.off("close", onClose);
      socket.off("error", onError);
    };
    socket.on("data", onData);
    socket.on("close", onClose);
    socket.on("error", onError);
    socket.write(`GET ${path} HTTP/1.1\r\nHost: ${host}\r\nConnection: keep-alive\r\n\r\n`);
  });
}

test("a kept-alive connection left idle for a while, as a proxy keeps it, still serves the next request", async ({ baseURL }) => {
  const url = new URL(baseURL!);
  const socket = connect(Number(url.port), url.hostname);
  await new Promise<void>((resolve, reject) => socket.once("connect", resolve).once("error", reject));
  try {
    expect(await get(socket, "/sign-in", url.host)).toMatch(/^HTTP\/1\.1 200/);
    // Longer than Node's default of 5 s, after which the server would have closed it.
    await new Promise((resolve) => setTimeout(resolve, 7_000));
    expect(socket.destroyed).toBe(false);
    expect(await get(socket, "/sign-in", url.host)).toMatch(/^HTTP\/1\.1 200/);
  } finally {
    socket.destroy();
  }
});
