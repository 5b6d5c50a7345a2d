// The versioned fixture content as the fixture sites were built from it: the table the versions' browser tests run
// over. Read through the content layer itself, from a folder whose content/ is the fixture.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { loadContent, type Policy } from "@/lib/policy";
import { VERSIONED_CONTENT_DIR } from "../fixtures/versioned-content";

const root = fs.mkdtempSync(path.join(os.tmpdir(), "versioned-site-"));
fs.symlinkSync(path.resolve(VERSIONED_CONTENT_DIR), path.join(root, "content"));
// The fixture sites are built with the site URL of the fixture's policy.yaml.
const { data, errors } = loadContent(root, { siteUrlOverride: "" });
fs.rmSync(root, { recursive: true, force: true });
if (!data) throw new Error(`tests/fixtures/versioned-content is invalid:\n${JSON.stringify(errors, null, 2)}`);

/** Every published version of the fixture, oldest first. */
export const versions: readonly Policy[] = data.versions;

/** Every anchor of a version's page: its section ids and clause ids. */
export const anchorsOf = (policy: Policy) => policy.sections.flatMap((section) => [section.id, ...section.clauses.map((clause) => clause.id)]);
