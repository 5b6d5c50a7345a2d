// `npm run content:check`: every problem in every content file, one line each; exit 1 on any problem.
import { reservedIdProblems } from "../lib/http/routes";
import { type ContentError, formatContentError, loadPolicy } from "../lib/policy";

/** The content's problems, its own and those its ids would cause the site's routes (lib/http owns those). */
export function checkContent(root: string): { sections: number; summary: string } | { errors: ContentError[] } {
  const { data, errors } = loadPolicy(root);
  if (!data) return { errors };
  const routeErrors = reservedIdProblems(data.sections.map((section) => section.id)).map(({ id, message }) => ({
    file: data.sections.find((section) => section.id === id)?.file ?? "content/sections",
    field: "id",
    message,
  }));
  if (routeErrors.length > 0) return { errors: routeErrors };
  return {
    sections: data.sections.length,
    summary: `${data.sections.length} sections, the policy metadata and the contact page are valid (last updated ${data.metadata.updated}, site ${data.metadata.siteUrl})`,
  };
}

/** Prints the result; true when the content is valid. */
export function reportContentCheck(root: string): boolean {
  const result = checkContent(root);
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
