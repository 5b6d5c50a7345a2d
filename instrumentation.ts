/** Runs once when the server starts (Next.js instrumentation hook). */
export async function register() {
  // The HTTP guard patches Node's http module: only in the Node.js runtime, and only for the production server.
  if (process.env.NEXT_RUNTIME === "nodejs" && process.env.NODE_ENV === "production") {
    const { installHttpGuard } = await import("./lib/http/http-guard");
    installHttpGuard();
  }
}
