import { spawnSync } from "node:child_process";
import fs from "node:fs";
import { afterEach, describe, expect, it } from "vitest";
import { cacheKeyHeaders, cacheServerBody, makeNginxDir, removeDir, renderSiteConf, siteTemplatePath, testConf } from "@/scripts/nginx";

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) removeDir(dir);
});

const values = { LISTEN: "127.0.0.1:8080", SERVER_NAME: "smartsiptv.fr", UPSTREAM: "127.0.0.1:3000", CACHE_DIR: "/var/cache/nginx/privacy" };

describe("deploy/nginx-site.conf.template", () => {
  it("has no placeholder left once its four values are filled in, and keeps nginx's own variables", () => {
    const conf = renderSiteConf(values);
    expect(conf).not.toMatch(/\$\{/);
    expect(conf).toContain("listen 127.0.0.1:8080;");
    expect(conf).toContain("server 127.0.0.1:3000;");
    expect(conf).toContain("proxy_cache_path /var/cache/nginx/privacy ");
    expect(conf).toContain("$upstream_cache_status");
  });

  // The README fills the template in with envsubst (Debian's gettext-base); when it is there, it must agree.
  const hasEnvsubst = spawnSync("sh", ["-c", "command -v envsubst"]).status === 0;
  it.skipIf(!hasEnvsubst)("renders exactly like the envsubst command the README and the template give", () => {
    const command = /envsubst '[^']+'/.exec(fs.readFileSync(siteTemplatePath, "utf8"))?.[0];
    expect(command).toBeDefined();
    const result = spawnSync("sh", ["-c", `${command} < "${siteTemplatePath}"`], {
      env: { ...process.env, ...values },
      encoding: "utf8",
    });
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(renderSiteConf(values));
  });

  it("refuses a placeholder it has no value for", () => {
    expect(() => renderSiteConf(values, "listen ${PORT};")).toThrow(/unknown placeholder \$\{PORT\}/);
  });

  it("keys the cache on every request header Next.js varies on", () => {
    expect(cacheKeyHeaders()).toEqual(
      expect.arrayContaining(["rsc", "next-router-state-tree", "next-router-prefetch", "next-router-segment-prefetch"]),
    );
    expect(fs.readFileSync(siteTemplatePath, "utf8")).toMatch(/proxy_cache_key "[^"]*\$request_uri[^"]*"/);
  });

  // The site keeps stale-while-revalidate and stale-if-error out of Cache-Control (browsers would honour them) and
  // puts them in CDN-Cache-Control, which nginx does not read: the config must say it itself.
  it("lets nginx serve a stale copy while refreshing it and while Next.js fails", () => {
    const template = fs.readFileSync(siteTemplatePath, "utf8");
    const useStale = /^\s*proxy_cache_use_stale\s+([^;]+);/m.exec(template)?.[1]?.split(/\s+/) ?? [];
    expect(useStale).toEqual(expect.arrayContaining(["error", "timeout", "updating", "http_500", "http_502", "http_503", "http_504"]));
    // Not a 404 or a refusal: those are answers, not failures.
    expect(useStale.filter((condition) => /^http_4/.test(condition))).toEqual([]);
    expect(template).toMatch(/^\s*proxy_cache_background_update on;/m);
  });

  it("takes freshness from the site's Cache-Control, so that private and no-store responses (404s) are never stored", () => {
    const template = fs.readFileSync(siteTemplatePath, "utf8");
    expect(template).not.toMatch(/^\s*proxy_cache_valid\b/m);
    const ignored = /^\s*proxy_ignore_headers\s+([^;]+);/m.exec(template)?.[1] ?? "";
    expect(ignored).not.toMatch(/Cache-Control|Expires|X-Accel-Expires/i);
  });

  it("is accepted by nginx -t (inside the minimal nginx.conf the benchmark and tests use)", () => {
    const dir = makeNginxDir("nginx-t");
    dirs.push(dir);
    const { ok, output } = testConf(dir, cacheServerBody(dir, 8080, "127.0.0.1:3000"));
    expect(output).toContain("test is successful");
    expect(ok).toBe(true);
  });
});
