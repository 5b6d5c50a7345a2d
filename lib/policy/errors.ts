/** One problem in one content file, phrased for the editor who has to fix it. */
export type ContentError = {
  /** Path relative to the project root, e.g. content/sections/03-data-protection.md */
  file: string;
  /** The frontmatter field, or a part of the file such as "body", "file name" or "frontmatter". */
  field: string;
  /** What is wrong and how to fix it, joined by " — ". */
  message: string;
};

export function formatContentError(error: ContentError): string {
  return `${error.file}: ${error.field}: ${error.message}`;
}

/** Thrown by the site when content is invalid, so that a broken or partial policy never renders. */
export class InvalidContentError extends Error {
  constructor(readonly errors: readonly ContentError[]) {
    super(
      `The policy content has ${errors.length} problem${errors.length === 1 ? "" : "s"}; ` +
        `run \`npm run content:check\` for the same list:\n${errors.map(formatContentError).join("\n")}`,
    );
    this.name = "InvalidContentError";
  }
}
