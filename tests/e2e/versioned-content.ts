// The versioned fixture content as the fixture sites were built from it: the table the versions' browser tests run
// over. Read through the content layer itself, from a folder whose content/ is the fixture.
import type { Policy } from "@/lib/policy";
import { loadVersionedContent } from "../fixtures/load-versioned-content";

/** Every published version of the fixture, oldest first. */
export const versions: readonly Policy[] = loadVersionedContent().versions;

/** Every anchor of a version's page: its section ids and clause ids. */
export const anchorsOf = (policy: Policy) => policy.sections.flatMap((section) => [section.id, ...section.clauses.map((clause) => clause.id)]);
