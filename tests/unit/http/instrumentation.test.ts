import { afterEach, describe, expect, it, vi } from "vitest";
import { installHttpGuard } from "@/lib/http/http-guard";
import { register } from "@/instrumentation";

// The real guard patches Node's http module for the whole process: only whether it is installed is tested here.
vi.mock("@/lib/http/http-guard", () => ({ installHttpGuard: vi.fn() }));

afterEach(() => {
  vi.unstubAllEnvs();
  vi.mocked(installHttpGuard).mockClear();
});

describe("the HTTP guard (405s, RSC refusal)", () => {
  it("is installed in the production server", async () => {
    vi.stubEnv("NEXT_RUNTIME", "nodejs");
    vi.stubEnv("NODE_ENV", "production");
    await register();
    expect(installHttpGuard).toHaveBeenCalledTimes(1);
  });

  it("is not installed under next dev, whose router sends RSC requests and whose hot reloading uses a WebSocket", async () => {
    vi.stubEnv("NEXT_RUNTIME", "nodejs");
    vi.stubEnv("NODE_ENV", "development");
    await register();
    expect(installHttpGuard).not.toHaveBeenCalled();
  });

  it("is not installed in the edge runtime", async () => {
    vi.stubEnv("NEXT_RUNTIME", "edge");
    vi.stubEnv("NODE_ENV", "production");
    await register();
    expect(installHttpGuard).not.toHaveBeenCalled();
  });
});
