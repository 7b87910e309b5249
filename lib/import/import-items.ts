// Runs a GeoJSON import against the database: a dry run that only plans, or the import itself,
// all-or-nothing in one transaction through the ordinary write paths (saveExcerpt, and the item write
// path's create with its revision).
import type { Db } from '@/lib/db/create-client';
import { InvalidInputError, NotFoundError } from '@/lib/errors';
import type { SignedInAdmin } from '@/lib/auth/session';
import { createItem } from '@/lib/items/write';
import { saveExcerpt } from '@/lib/sources/write';
import { planImport, type ImportPlan, type SourceForImport } from './plan';

/** Long files hold the write lock for a while; the default 5 s would cut them off. */
const IMPORT_TIMEOUT_MS = 10 * 60_000;

async function loadSource(client: Db, sourceId: number): Promise<SourceForImport> {
  const source = await client.source.findUnique({
    where: { id: sourceId },
    select: { id: true, text: true, excerpts: { select: { id: true, start: true, end: true } } },
  });
  if (!source) throw new NotFoundError(`No source with id ${sourceId}`);
  return source;
}

/** The dry run: per feature, what will be created and every problem found. Writes nothing. */
export async function dryRunImport(client: Db, file: unknown, sourceId: number): Promise<ImportPlan> {
  return planImport(file, await loadSource(client, sourceId));
}

export interface ImportResult {
  plan: ImportPlan;
  /** Ids of the created items, in file order. */
  itemIds: number[];
}

export interface ImportOptions {
  /** Called after each item is written (inside the transaction), for a progress bar on large files. */
  onProgress?: (done: number, total: number) => void;
}

/** The plan of a file that can be imported as it is; any problem answers 400 with every one, per feature. */
export async function checkedPlan(client: Db, file: unknown, sourceId: number): Promise<ImportPlan> {
  const plan = await dryRunImport(client, file, sourceId);
  if (plan.problemCount > 0) {
    const fields: Record<string, string[]> = {};
    for (const feature of plan.features) {
      for (const problem of feature.problems) (fields[`features.${feature.index}${problem.path ? `.${problem.path}` : ''}`] ??= []).push(problem.message);
    }
    throw new InvalidInputError(`The file has ${plan.problemCount} problem(s); nothing was imported`, fields);
  }
  return plan;
}

/**
 * Writes a checked plan in one transaction, each item through the one item write path (with its
 * 'create' revision by `admin`), so any failure half-way rolls everything back. Returns the item ids.
 */
export async function writePlan(client: Db, admin: SignedInAdmin, plan: ImportPlan, { onProgress }: ImportOptions = {}): Promise<number[]> {
  return client.$transaction(
    async (tx) => {
      const ids: number[] = [];
      // Many features of one file cite the same span: store (or find) each span once.
      const savedSpans = new Map<string, number>();
      for (const feature of plan.features) {
        const excerptIds: number[] = [];
        for (const excerpt of feature.excerpts) {
          const key = `${excerpt.start}:${excerpt.end}`;
          if (!savedSpans.has(key)) savedSpans.set(key, await saveExcerpt(tx, plan.sourceId, excerpt));
          excerptIds.push(savedSpans.get(key)!);
        }
        ids.push((await createItem(tx, { ...feature.item!, excerptIds }, admin)).id);
        onProgress?.(ids.length, plan.features.length);
      }
      return ids;
    },
    { timeout: IMPORT_TIMEOUT_MS },
  );
}

/** Imports every feature or none (checkedPlan, then writePlan). */
export async function importItems(client: Db, admin: SignedInAdmin, file: unknown, sourceId: number, options: ImportOptions = {}): Promise<ImportResult> {
  const plan = await checkedPlan(client, file, sourceId);
  return { plan, itemIds: await writePlan(client, admin, plan, options) };
}
