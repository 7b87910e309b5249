// Runs a GeoJSON import against the database: a dry run that only plans, or the import itself,
// all-or-nothing in one transaction through the ordinary write paths (saveExcerpt, createItem).
import type { Db } from '@/lib/db/create-client';
import { ApiError } from '@/lib/api/errors';
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
  if (!source) throw new ApiError('not_found', `No source with id ${sourceId}`);
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

/**
 * Imports every feature or none: any problem in the plan answers 400 with the plan attached (in the
 * error's fields, per feature), and any failure while writing rolls the whole transaction back.
 */
export async function importItems(client: Db, file: unknown, sourceId: number, { onProgress }: ImportOptions = {}): Promise<ImportResult> {
  const plan = await dryRunImport(client, file, sourceId);
  if (plan.problemCount > 0) {
    const fields: Record<string, string[]> = {};
    for (const feature of plan.features) {
      for (const problem of feature.problems) (fields[`features.${feature.index}${problem.path ? `.${problem.path}` : ''}`] ??= []).push(problem.message);
    }
    throw new ApiError('bad_request', `The file has ${plan.problemCount} problem(s); nothing was imported`, fields);
  }
  const itemIds = await client.$transaction(
    async (tx) => {
      const ids: number[] = [];
      for (const feature of plan.features) {
        const excerptIds: number[] = [];
        for (const excerpt of feature.excerpts) excerptIds.push(await saveExcerpt(tx, sourceId, excerpt));
        ids.push(await createItem(tx, { ...feature.item!, excerptIds }));
        onProgress?.(ids.length, plan.features.length);
      }
      return ids;
    },
    { timeout: IMPORT_TIMEOUT_MS },
  );
  return { plan, itemIds };
}
