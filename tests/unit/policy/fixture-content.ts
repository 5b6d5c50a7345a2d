import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { formatContentError, type Policy } from "@/lib/policy";
import type { ContentFile } from "@/lib/policy/files";
import { parsePolicy } from "@/lib/policy/parse-policy";

/** Small stand-in ids for fixture sections: kept apart from the real policy on purpose. */
export const FIXTURE_IDS = ["alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "india", "juliet"];
export const TODAY = "2026-06-15";

export function sectionFile(
  number: number,
  id: string,
  { frontmatter, body = `Text of section ${number}. {#${id}--text}` }: { frontmatter?: string; body?: string } = {},
): ContentFile {
  const fields = frontmatter ?? `id: ${id}\nnumber: ${number}\ntitle: Section ${id}\nupdated: 2026-01-0${(number % 9) + 1}`;
  return { path: `content/sections/${String(number).padStart(2, "0")}-${id}.md`, text: `---\n${fields}\n---\n\n${body}\n` };
}

export const POLICY_FILE: ContentFile = {
  path: "content/policy.yaml",
  text: "title: Privacy Policy\norganization: example.org\ncontactEmail: privacy@example.org\nupdated: 2026-02-01\nsiteUrl: https://example.org\n",
};

export const CONTACT_FILE: ContentFile = {
  path: "content/contact.md",
  text: "---\ntitle: Contact\nupdated: 2026-01-01\n---\n\nWrite to [us](mailto:privacy@example.org) about [your rights](/privacy#bravo).\n",
};

/** The anchor lock of the valid fixture: each section id and its one clause. */
export function anchorLockFile(lock: { published?: string[]; aliases?: Record<string, string> } = {}): ContentFile {
  const published = lock.published ?? FIXTURE_IDS.flatMap((id) => [id, `${id}--text`]);
  return { path: "content/anchors.json", text: JSON.stringify({ published, aliases: lock.aliases ?? {} }) };
}

/** A complete, valid set of content files: the policy metadata, the contact page, the anchor lock and ten short sections. */
export function validFiles(): ContentFile[] {
  return [POLICY_FILE, CONTACT_FILE, anchorLockFile(), ...FIXTURE_IDS.map((id, index) => sectionFile(index + 1, id))];
}

/** `files` with the file at `replacement.path` replaced (or added when there is none). */
export function withFile(files: ContentFile[], replacement: ContentFile): ContentFile[] {
  const kept = files.filter((file) => file.path !== replacement.path);
  return [...kept, replacement];
}

/** `files` with section `number` (named after its fixture id) replaced by `replacement`. */
export function withSection(files: ContentFile[], number: number, replacement: ContentFile): ContentFile[] {
  const original = sectionFile(number, FIXTURE_IDS[number - 1] ?? "");
  return [...files.filter((file) => file.path !== original.path), replacement];
}

/** The published anchors of fixture sections with these bodies: each section id and every clause id in its body. */
export function publishedAnchors(bodies: Record<string, string> = {}): string[] {
  return FIXTURE_IDS.flatMap((id) => [id, ...[...(bodies[id] ?? `{#${id}--text}`).matchAll(/\{#([^{}\s]+)\}/g)].map((match) => match[1] ?? "")]);
}

/** Writes `files` into a new temporary project folder and returns its path; the caller removes it. */
export function writeContentDir(files: readonly ContentFile[], prefix = "policy-"): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  for (const file of files) {
    fs.mkdirSync(path.dirname(path.join(dir, file.path)), { recursive: true });
    fs.writeFileSync(path.join(dir, file.path), file.text);
  }
  return dir;
}

/** The fixture policy parsed, with some sections' bodies replaced and an anchor lock recording their clauses. */
export function fixturePolicy(bodies: Record<string, string> = {}, aliases: Record<string, string> = {}): Policy {
  let files = validFiles();
  for (const [index, id] of FIXTURE_IDS.entries()) {
    const body = bodies[id];
    if (body !== undefined) files = withSection(files, index + 1, sectionFile(index + 1, id, { body }));
  }
  files = withFile(files, anchorLockFile({ published: [...publishedAnchors(bodies), ...Object.keys(aliases)], aliases }));
  const { data, errors } = parsePolicy(files, { today: TODAY });
  if (!data) throw new Error(errors.map(formatContentError).join("\n"));
  return data;
}
