// Adding a source: validate, check the text, find whether it is the same article as one already
// in the library (identical hash, or near-duplicate fingerprint), and store it in one write.
import { createHash } from "node:crypto";
import type { Db } from "../db/client";
import type { SignedInViewer } from "../domain/viewer";
import { parseInput } from "../validation/parse";
import { createSourceInput } from "./create-schemas";
import { bestDuplicate, fingerprintOf, type DuplicateMatch } from "./fingerprint";
import { checkSourceText } from "./text-checks";

export const sha256 = (text: string) => createHash("sha256").update(text, "utf8").digest("hex");

export async function createSource(db: Db, viewer: SignedInViewer, rawInput: unknown) {
  const input = parseInput(createSourceInput, rawInput);
  checkSourceText(input.text);
  const contentHash = sha256(input.text);
  const fingerprint = fingerprintOf(input.text);

  const identical = await db.source.findFirst({ where: { contentHash }, select: { id: true, duplicateOfId: true } });
  let match: (DuplicateMatch & { how: "identical" | "near-duplicate" }) | null = identical
    ? { id: identical.id, containment: 1, jaccard: 1, how: "identical" }
    : null;
  if (!match) {
    const candidates = await db.source.findMany({
      where: { fingerprint: { not: null } },
      select: { id: true, fingerprint: true },
    });
    const near = bestDuplicate(fingerprint, candidates);
    if (near) match = { ...near, how: "near-duplicate" };
  }
  // Link to the canonical copy, so a chain of copies still counts as one article.
  const canonical = match
    ? await db.source.findUniqueOrThrow({ where: { id: match.id }, select: { id: true, duplicateOfId: true } })
    : null;

  const source = await db.source.create({
    data: {
      title: input.title,
      author: input.author,
      outlet: input.outlet,
      url: input.url ?? null,
      publishedAt: input.publishedAt,
      text: input.text,
      contentHash,
      fingerprint,
      addedById: viewer.userId,
      duplicateOfId: canonical ? (canonical.duplicateOfId ?? canonical.id) : null,
    },
    include: { duplicateOf: { select: { id: true, title: true, outlet: true, author: true } } },
  });
  return { source, match };
}
