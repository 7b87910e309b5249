import { describe, expect, it } from 'vitest';
import { ARTICLE, SEED_ITEMS } from '@/prisma/seed/article';
import { readArticleText } from '@/prisma/seed/seed';
import { draftArticle } from './draft';
import { reproducedItems } from './score';

function seededDraft() {
  return draftArticle(readArticleText(), { published: ARTICLE.reportedAt });
}

describe('draftArticle on the seeded article', () => {
  it('reproduces at least 5 of the 8 hand-made seed items (right kind, place and date)', () => {
    const reproduced = reproducedItems(SEED_ITEMS, seededDraft().proposals);
    expect(reproduced.filter(Boolean).length).toBeGreaterThanOrEqual(5);
  });

  it('reads it as French', () => {
    expect(seededDraft().lang).toBe('fr');
  });

  it('cites each proposal’s sentence verbatim', () => {
    const text = readArticleText();
    for (const proposal of seededDraft().proposals) expect(text.slice(proposal.excerpt.start, proposal.excerpt.end)).toBe(proposal.excerpt.text);
  });

  it('offers an item already on the map as the one its proposal matches', () => {
    const call = SEED_ITEMS.find((item) => item.kind === 'diplomatic_contact')!;
    const existing = { id: 41, kind: call.kind, geometry: call.geometry, startDate: call.startDate, endDate: null, datePrecision: call.datePrecision, announcedAt: call.announcedAt ?? null };
    const draft = draftArticle(readArticleText(), { published: ARTICLE.reportedAt, existingItems: [existing] });
    expect(draft.proposals.filter((proposal) => proposal.matchesItemId === 41)).toHaveLength(1);
  });
});

describe('draftArticle on bad input', () => {
  it('refuses a Spanish article, naming its language', () => {
    expect(() => draftArticle('El ejército dijo que los ataques continuaron durante la noche en la ciudad, según el ministerio.', { published: '2024-12-05' })).toThrow(/Spanish/);
  });

  it('refuses HTML', () => {
    expect(() => draftArticle('<p>Russian forces struck Kharkiv on Tuesday.</p>', { published: '2024-12-05' })).toThrow(/HTML/);
  });
});
