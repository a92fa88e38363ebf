import { createServer, type Socket } from 'node:net';

/**
 * A TCP listener that accepts and never says a word. Fetching
 * `https://` from it stalls the TLS handshake, which is the one way to make
 * a *connect* timeout happen on 127.0.0.1 (a plain TCP connect there
 * always succeeds at once).
 */
export async function startSilentTcp(): Promise<{ port: number; close: () => Promise<void> }> {
  const sockets = new Set<Socket>();
  const server = createServer((socket) => {
    sockets.add(socket);
    socket.on('error', () => undefined);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('silent TCP server has no port');
  return {
    port: address.port,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
