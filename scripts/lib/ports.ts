/** Port checks with errors that tell the user which variable to change. */
import net from "node:net";

export function portFromEnv(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === "") return fallback;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`${name} must be a TCP port, got "${raw}"`);
  return port;
}

/**
 * Throws if something already listens on `port`. Without `host` it checks every interface, as a
 * server started with only a port (Next.js) would bind.
 */
export async function assertPortFree(port: number, options: { envVar: string; what: string; host?: string; hint?: string }): Promise<void> {
  const error = await new Promise<NodeJS.ErrnoException | null>((resolve) => {
    const server = net.createServer();
    server.once("error", (err: NodeJS.ErrnoException) => resolve(err));
    server.listen({ port, host: options.host, exclusive: true }, () => server.close(() => resolve(null)));
  });
  if (!error) return;
  if (error.code === "EADDRINUSE") {
    throw new Error(
      `Port ${port}${options.host ? ` on ${options.host}` : ""} is already used by another program, so ${options.what} cannot start. ` +
        `Stop that program or set ${options.envVar} to a free port (e.g. ${options.envVar}=${port + 1}).` +
        (options.hint ? ` ${options.hint}` : ""),
    );
  }
  throw new Error(`Cannot check port ${port} for ${options.what}: ${error.message}`);
}
