import { diffArrays, diffWords } from "diff";
import type { Policy, Section } from "../policy";
import { clauseElements, clauseText } from "./plain-text";
import { htmlTree } from "./section-html";

/**
 * A redline between two versions of the policy: sections and clauses matched by their stable ids, then their
 * words compared. A model only: pages and JSON render it.
 */

export type Change = "same" | "added" | "removed";
export type TextPart = { text: string; change: Change };
export type Status = "added" | "removed" | "changed" | "unchanged";
export type ClauseKind = Section["clauses"][number]["kind"];

export type ClauseChange = { id: string; kind: ClauseKind; status: Status; parts: TextPart[] };
export type SectionChange = {
  id: string;
  /** The number in the newer version, or in the older one for a removed section. */
  number: number;
  title: TextPart[];
  status: Status;
  clauses: ClauseChange[];
};
/** Sections in the newer version's order, each removed one after the section that preceded it in the older. */
export type Redline = { sections: SectionChange[] };

export type IdChanges = { added: string[]; removed: string[]; changed: string[] };
export type ChangedIds = { sections: IdChanges; clauses: IdChanges };

export function compareVersions(older: Policy, newer: Policy): Redline {
  const { pairs } = alignById(older.sections, newer.sections);
  return { sections: pairs.map((pair) => compareSections(older, newer, pair)) };
}

/** The ids of what changed, in document order: what an app needs to tell which of its stored clauses to refresh. */
export function changedIds(redline: Redline): ChangedIds {
  const ids = (items: readonly { id: string; status: Status }[], status: Status) =>
    items.filter((item) => item.status === status).map((item) => item.id);
  const clauses = redline.sections.flatMap((section) => section.clauses);
  return {
    sections: { added: ids(redline.sections, "added"), removed: ids(redline.sections, "removed"), changed: ids(redline.sections, "changed") },
    clauses: { added: ids(clauses, "added"), removed: ids(clauses, "removed"), changed: ids(clauses, "changed") },
  };
}

type Pair<T> = { older: T; newer: T } | { older: T; newer: null } | { older: null; newer: T };

/**
 * Items of both versions matched by id, in the newer order. diffArrays places each removed item where it stood;
 * an id on both sides that diffArrays reports as removed and added has moved: it is kept once, at its new place.
 */
function alignById<T extends { id: string }>(older: readonly T[], newer: readonly T[]): { pairs: Pair<T>[]; reordered: boolean } {
  const olderById = new Map(older.map((item) => [item.id, item]));
  const newerById = new Map(newer.map((item) => [item.id, item]));
  const pairs: Pair<T>[] = [];
  let reordered = false;
  for (const change of diffArrays(older.map((item) => item.id), newer.map((item) => item.id))) {
    for (const id of change.value) {
      const before = olderById.get(id);
      const after = newerById.get(id);
      if (change.added || change.removed) reordered ||= before !== undefined && after !== undefined;
      if (before && after) {
        if (!change.removed) pairs.push({ older: before, newer: after });
      } else if (before) pairs.push({ older: before, newer: null });
      else if (after) pairs.push({ older: null, newer: after });
    }
  }
  return { pairs, reordered };
}

function compareSections(olderPolicy: Policy, newerPolicy: Policy, pair: Pair<Section>): SectionChange {
  if (pair.newer === null) return oneSided(pair.older, clauseTexts(olderPolicy, pair.older), "removed");
  if (pair.older === null) return oneSided(pair.newer, clauseTexts(newerPolicy, pair.newer), "added");
  const olderTexts = clauseTexts(olderPolicy, pair.older);
  const newerTexts = clauseTexts(newerPolicy, pair.newer);
  const { pairs, reordered } = alignById(pair.older.clauses, pair.newer.clauses);
  const clauses = pairs.map((clause): ClauseChange => {
    if (clause.newer === null) return oneSidedClause(clause.older, olderTexts, "removed");
    if (clause.older === null) return oneSidedClause(clause.newer, newerTexts, "added");
    const parts = compareWords(olderTexts.get(clause.older.id) ?? "", newerTexts.get(clause.newer.id) ?? "");
    return { id: clause.newer.id, kind: clause.newer.kind, status: anyChange(parts) ? "changed" : "unchanged", parts };
  });
  const title = compareWords(pair.older.title, pair.newer.title);
  const changed = reordered || anyChange(title) || clauses.some((clause) => clause.status !== "unchanged");
  return { id: pair.newer.id, number: pair.newer.number, title, status: changed ? "changed" : "unchanged", clauses };
}

function oneSided(section: Section, texts: ReadonlyMap<string, string>, status: "added" | "removed"): SectionChange {
  const clauses = section.clauses.map((clause) => oneSidedClause(clause, texts, status));
  return { id: section.id, number: section.number, title: whole(section.title, status), status, clauses };
}

function oneSidedClause(clause: Section["clauses"][number], texts: ReadonlyMap<string, string>, status: "added" | "removed"): ClauseChange {
  return { id: clause.id, kind: clause.kind, status, parts: whole(texts.get(clause.id), status) };
}

/**
 * Each clause's text as a reader sees it, from the same sanitised tree as the page ("embed": no link buttons), so
 * a link whose address changed reads differently even when its words did not.
 */
function clauseTexts(policy: Policy, section: Section): Map<string, string> {
  const texts = new Map<string, string>();
  for (const element of clauseElements(htmlTree(policy, section.tree, "embed"))) {
    if (typeof element.properties.id === "string") texts.set(element.properties.id, clauseText(element));
  }
  return texts;
}

/**
 * Word by word. diffWords ignores whitespace, so text that differs only in spacing is one "same" part, and it
 * already joins runs of one kind and leaves out empty ones (the tests check both on every redline).
 *
 * A link's address, which the clause text writes in brackets, is compared as one word: a changed target then reads
 * as the old address struck out and the new one inserted, not as a few changed characters inside an address.
 */
function compareWords(older: string, newer: string): TextPart[] {
  const addresses = new Addresses(older + newer);
  return diffWords(addresses.hide(older), addresses.hide(newer)).map(
    (change): TextPart => ({ text: addresses.show(change.value), change: change.added ? "added" : change.removed ? "removed" : "same" }),
  );
}

/** Stands each bracketed address in for a placeholder word, and back; placeholders no text of the policy contains. */
class Addresses {
  private readonly byWord = new Map<string, string>();
  private readonly byAddress = new Map<string, string>();
  private readonly prefix: string;

  constructor(text: string) {
    let prefix = "zqaddress";
    while (text.includes(prefix)) prefix += "q";
    this.prefix = prefix;
  }

  hide(text: string): string {
    return text.replace(/(?<=\()[^()\s]*[/:@#][^()\s]*(?=\))/g, (address) => {
      let word = this.byAddress.get(address);
      if (word === undefined) {
        word = `${this.prefix}${this.byAddress.size}x`;
        this.byAddress.set(address, word);
        this.byWord.set(word, address);
      }
      return word;
    });
  }

  show(text: string): string {
    return text.replace(new RegExp(`${this.prefix}\\d+x`, "g"), (word) => this.byWord.get(word) ?? word);
  }
}

/** A clause without words (an empty list item) has no parts rather than an empty one. */
function whole(text: string | undefined, change: Change): TextPart[] {
  return text ? [{ text, change }] : [];
}

function anyChange(parts: readonly TextPart[]): boolean {
  return parts.some((part) => part.change !== "same");
}
