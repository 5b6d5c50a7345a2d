// `npm run content:check`: every problem in every content file, one line each; exit 1 on any problem.
import { formatContentError } from "../lib/content/content-error";
import { loadContent } from "../lib/content/load-content";

const { data, errors } = loadContent(process.cwd());

if (errors.length > 0 || !data) {
  for (const error of errors) console.error(formatContentError(error));
  const files = new Set(errors.map((error) => error.file)).size;
  console.error(`content:check: ${errors.length} problem${errors.length === 1 ? "" : "s"} in ${files} file${files === 1 ? "" : "s"}`);
  process.exit(1);
}

console.log(
  `content:check: OK — ${data.sections.length} sections, the policy metadata and the contact page are valid (last updated ${data.metadata.updated}, site ${data.metadata.siteUrl})`,
);
