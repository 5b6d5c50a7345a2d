// `npm run content:pdf -- YYYY-MM-DD [--language fr]`: prints the PDF of a published version (in English and each
// language it is translated into, or only the one named) with Chromium, writes it beside the version
// (content/versions/DATE/policy.pdf, content/translations/LANG/versions/DATE/policy.pdf) and records its hash in
// content/versions.lock.json. content:publish and content:translated do this themselves; run it for a version
// published before PDFs existed, or after the print stylesheet changed. Then commit content/.
import { parseArgs } from "node:util";
import { formatContentError } from "../lib/policy/errors";
import { loadContent } from "../lib/policy/load-policy";
import { effectiveDateSchema } from "../lib/policy/schema";
import { writeVersionPdfs } from "./version-pdf";

const { positionals, values } = parseArgs({ allowPositionals: true, options: { language: { type: "string" } } });
const effective = positionals[0];
if (!effective || !effectiveDateSchema.safeParse(effective).success) {
  console.error("content:pdf: name the version by its effective date: npm run content:pdf -- YYYY-MM-DD [--language fr]");
  process.exit(1);
}
async function main(): Promise<void> {
  try {
    const written = await writeVersionPdfs(process.cwd(), effective ?? "", values.language ? [values.language] : undefined);
    for (const pdf of written) console.log(`content:pdf: wrote ${pdf}`);
  } catch (error) {
    console.error(`content:pdf: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
  const { errors } = loadContent(process.cwd());
  for (const error of errors) console.error(formatContentError(error));
  if (errors.length > 0) process.exit(1);
  console.log("content:pdf: recorded in content/versions.lock.json. Commit content/.");
}

void main();
