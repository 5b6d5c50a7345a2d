// `npm run content:check`: every problem in every content file, one line each; exit 1 on any problem. Whether it
// passes never depends on today's date: a scheduled build on an effective date checks exactly what CI checked.
import { reservedIdProblems } from "../lib/http/routes";
import { type ContentError, formatContentError, loadContent } from "../lib/policy";

/** The content's problems, its own and those its ids would cause the site's routes (lib/http owns those). */
export function checkContent(root: string): ({ summary: string } | { errors: ContentError[] }) & { warnings: ContentError[] } {
  const { data, errors, warnings } = loadContent(root);
  if (!data) return { errors, warnings };
  const routeErrors = [...data.versions, ...data.drafts].flatMap(({ sections }) =>
    reservedIdProblems(sections.map((section) => section.id)).map(({ id, message }) => ({
      file: sections.find((section) => section.id === id)?.file ?? "content/versions",
      field: "id",
      message,
    })),
  );
  if (routeErrors.length > 0) return { errors: routeErrors, warnings };
  const newest = data.versions.at(-1);
  const drafts = data.drafts.map((draft) => draft.version.effective);
  const translations = data.translations.map(({ language, versions, approved }) => `${language} (${versions.length} version${versions.length === 1 ? "" : "s"}${approved ? "" : ", not yet approved"})`);
  return {
    warnings,
    summary:
      `${data.versions.length} published version${data.versions.length === 1 ? "" : "s"} (newest: ${newest?.version.effective}, ${newest?.sections.length} sections)` +
      `${drafts.length > 0 ? `, draft${drafts.length === 1 ? "" : "s"} ${drafts.join(", ")}` : ""}` +
      `${translations.length > 0 ? `, translation${translations.length === 1 ? "" : "s"} ${translations.join(", ")}` : ""}` +
      `, the policy metadata and the contact page are valid (site ${data.settings.siteUrl})`,
  };
}

/**
 * Prints the result; true when the content is valid. Warnings (a translation behind the English) are printed and
 * never fail the check: a new English version must not wait for its translation.
 */
export function reportContentCheck(root: string): boolean {
  const result = checkContent(root);
  for (const warning of result.warnings) console.warn(`warning: ${formatContentError(warning)}`);
  if ("errors" in result) {
    for (const error of result.errors) console.error(formatContentError(error));
    const files = new Set(result.errors.map((error) => error.file)).size;
    console.error(`content:check: ${result.errors.length} problem${result.errors.length === 1 ? "" : "s"} in ${files} file${files === 1 ? "" : "s"}`);
    return false;
  }
  console.log(`content:check: OK — ${result.summary}`);
  return true;
}

// Run as `npm run content:check`, or imported by scripts/generate.ts.
if (process.argv[1]?.endsWith("content-check.ts")) {
  if (!reportContentCheck(process.cwd())) process.exit(1);
}
