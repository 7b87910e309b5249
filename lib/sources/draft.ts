// Drafting a stored article: its text, its publication day and its language, with the items already
// on the map near the proposals (by kind, box and dates) so that a known event is offered as
// "add this excerpt to item N". Reads only; nothing is written until an editor accepts a proposal.
import 'server-only';
import { z } from 'zod';
import { ApiError } from '@/lib/api/errors';
import { db } from '@/lib/db/client';
import { bboxOf } from '@/lib/geo/bbox';
import { draftArticle } from '@/lib/draft/draft';
import { markMatches, type ExistingItem } from '@/lib/draft/propose';
import { DRAFT_LANGUAGES, type Draft, type Proposal } from '@/lib/draft/types';
import type { DatePrecision, ItemKind } from '@/lib/items/kinds';
import { DAY_MS, dayMs, isoDay, toDay } from '@/lib/dates';

/** The request body: optionally, the language to read the article in (else its own, else detected). */
export const draftRequestSchema = z.object({ lang: z.enum(DRAFT_LANGUAGES, { error: 'The language must be fr or en' }).optional() });

/** How far around the proposals (degrees, days) items already on the map are looked for. */
const NEAR_DEGREES = 3;
const NEAR_DAYS = 45;

async function itemsNear(proposals: Proposal[]): Promise<ExistingItem[]> {
  const dated = proposals.filter((proposal) => proposal.startDate !== null);
  if (dated.length === 0) return [];
  const boxes = dated.map((proposal) => bboxOf(proposal.geometry)!);
  const days = dated.map((proposal) => dayMs(proposal.startDate!));
  const rows = await db.item.findMany({
    where: {
      deletedAt: null,
      kind: { in: [...new Set(dated.map((proposal) => proposal.kind))] },
      startDate: { gte: new Date(Math.min(...days) - NEAR_DAYS * DAY_MS), lte: new Date(Math.max(...days) + NEAR_DAYS * DAY_MS) },
      minLng: { lte: Math.max(...boxes.map((box) => box[2])) + NEAR_DEGREES },
      maxLng: { gte: Math.min(...boxes.map((box) => box[0])) - NEAR_DEGREES },
      minLat: { lte: Math.max(...boxes.map((box) => box[3])) + NEAR_DEGREES },
      maxLat: { gte: Math.min(...boxes.map((box) => box[1])) - NEAR_DEGREES },
    },
    select: { id: true, kind: true, geometry: true, startDate: true, endDate: true, datePrecision: true, announcedAt: true },
    orderBy: { id: 'asc' },
  });
  return rows.map((row) => ({
    id: row.id,
    kind: row.kind as ItemKind,
    geometry: JSON.parse(row.geometry),
    startDate: isoDay(row.startDate.getTime()),
    endDate: toDay(row.endDate),
    datePrecision: row.datePrecision as DatePrecision,
    announcedAt: toDay(row.announcedAt),
  }));
}

export async function draftSource(id: number, lang?: Draft['lang']): Promise<Draft> {
  const source = await db.source.findUnique({
    where: { id },
    select: { text: true, language: true, publishedAt: true, reportedAt: true, createdAt: true },
  });
  if (!source) throw new ApiError('not_found', `No source with id ${id}`);
  // The day relative dates are read against: published, else reported, else the day it was added.
  const published = toDay(source.publishedAt ?? source.reportedAt ?? source.createdAt)!;
  const own = DRAFT_LANGUAGES.find((code) => source.language.toLowerCase().split('-')[0] === code);
  const draft = draftArticle(source.text, { published, lang: lang ?? own });
  return { ...draft, proposals: markMatches(draft.proposals, await itemsNear(draft.proposals)) };
}
