import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { checkContent } from "@/scripts/content-check";
import { anchorLockFile, FIXTURE_IDS, sectionFile, validFiles, withFile, withSection, writeContentDir } from "./fixture-content";

const projectRoot = process.cwd();
const tsx = path.join(projectRoot, "node_modules", ".bin", "tsx");
const script = path.join(projectRoot, "scripts", "content-check.ts");
const tempDirs: string[] = [];

/** A copy of the real content/ in a temporary project folder, to break on purpose. */
function copyOfContent(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "content-check-"));
  tempDirs.push(dir);
  fs.cpSync(path.join(projectRoot, "content"), path.join(dir, "content"), { recursive: true });
  return dir;
}

function contentCheck(cwd: string) {
  const result = spawnSync(tsx, [script], { cwd, encoding: "utf8", env: { ...process.env, SITE_URL: "" } });
  return { status: result.status, lines: `${result.stdout}${result.stderr}`.trim().split("\n") };
}

afterEach(() => {
  for (const dir of tempDirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe("npm run content:check", () => {
  it("prints a one-line summary and exits 0 when the content is valid", () => {
    const { status, lines } = contentCheck(copyOfContent());
    expect(status).toBe(0);
    expect(lines).toEqual([expect.stringMatching(/^content:check: OK — 10 sections/)]);
  });

  it("prints one line per problem across files and exits 1", () => {
    const dir = copyOfContent();
    const edit = (file: string, from: string, to: string) => {
      const full = path.join(dir, file);
      fs.writeFileSync(full, fs.readFileSync(full, "utf8").replace(from, to));
    };
    edit("content/sections/03-data-protection.md", "id: data-protection", "id: Data Protection");
    edit("content/sections/10-contact.md", "(/contact)", "(/contakt)");
    edit("content/policy.yaml", "contactEmail: support@smartsiptv.fr", "contactEmail: support");

    const { status, lines } = contentCheck(dir);
    expect(status).toBe(1);
    expect(lines).toEqual([
      'content/policy.yaml: contactEmail: "support" is not an email address — write a full address, e.g. support@smartsiptv.fr',
      'content/sections/03-data-protection.md: id: "Data Protection" is not lowercase-kebab — use "data-protection"',
      'content/sections/10-contact.md: body: link "/contakt" is not a page of this site — link to /privacy, /privacy/ID, /privacy#ID or /contact',
      "content:check: 3 problems in 3 files",
    ]);
  });

  it("reports a missing sections folder instead of crashing", () => {
    const dir = copyOfContent();
    fs.rmSync(path.join(dir, "content", "sections"), { recursive: true });
    const { status, lines } = contentCheck(dir);
    expect(status).toBe(1);
    expect(lines[0]).toBe(
      "content/sections: folder: cannot be read (it does not exist) — restore the folder with one Markdown file per section",
    );
  });
});

describe("checkContent", () => {
  it("refuses a section whose id is a reserved route segment, in the file that names it", () => {
    const files = withFile(
      withSection(validFiles(), 5, sectionFile(5, "embed", { body: "Text of section 5. {#embed--text}" })),
      anchorLockFile({ published: FIXTURE_IDS.map((id) => (id === "echo" ? "embed" : id)).flatMap((id) => [id, `${id}--text`]) }),
    );
    const dir = writeContentDir(files, "content-check-");
    tempDirs.push(dir);
    expect(checkContent(dir)).toEqual({
      errors: [{ file: "content/sections/05-embed.md", field: "id", message: '"embed" is reserved for /privacy/embed, a page of its own — choose another id' }],
    });
  });
});

