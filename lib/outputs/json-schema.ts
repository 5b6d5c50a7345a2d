import { z } from "zod";
import { absoluteUrl } from "./paths";

/** The building blocks the data documents' schemas share. */
export const absoluteUrlSchema = z.url({ protocol: /^https?$/ });
export const isoDate = z.iso.date();

/** The JSON Schema (draft 2020-12) of the document served at `path`, generated from its zod schema. */
export function jsonSchemaOf(schema: z.ZodType, siteUrl: string, path: string): Record<string, unknown> {
  const { $schema, ...rest } = z.toJSONSchema(schema, { target: "draft-2020-12", io: "output" });
  // $schema first, then $id: the order JSON Schema readers expect to see.
  return { $schema, $id: absoluteUrl(siteUrl, path), ...rest };
}
