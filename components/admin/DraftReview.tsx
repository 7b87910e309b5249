'use client';
// "Draft items from this article": the article with the places and dates the drafter found (each can
// be changed or removed), the items it proposes beside it, each reviewed in the usual item form or
// accepted as it is, several at once. Nothing is written until the editor saves or accepts.
import Link from 'next/link';
import { useState } from 'react';
import { sendJson } from '@/lib/admin/client';
import {
  changeDate,
  changePlace,
  highlights,
  proposalForm,
  proposalItem,
  proposalSpans,
  removeDate,
  removePlace,
  toReview,
  withExcerpt,
  type Highlight,
  type ReviewDraft,
  type ReviewProposal,
} from '@/lib/admin/draft-review';
import { zodFieldErrors } from '@/lib/errors';
import type { Draft } from '@/lib/draft/types';
import { formatDay } from '@/lib/items/format';
import { DATE_PRECISIONS, type DatePrecision } from '@/lib/items/kinds';
import { itemInputSchema, type EditorItem } from '@/lib/items/schema';
import type { ExcerptDto, ItemFeature } from '@/lib/items/types';
import { MESSAGES } from '@/lib/i18n/messages';
import type { Locale } from '@/lib/i18n/locales';
import type { SourceSummary } from '@/lib/sources/schema';
import { ItemEditor } from './ItemEditor';

interface DraftReviewProps {
  source: { id: number; title: string; text: string; language: string };
  sources: SourceSummary[];
  locale: Locale;
}

type Outcome = { ok: true; itemId: number; message: string } | { ok: false; message: string };

export function DraftReview({ source, sources, locale }: DraftReviewProps) {
  const messages = MESSAGES[locale];
  const t = messages.draft;
  const [state, setState] = useState<{ status: 'idle' | 'loading' } | { status: 'error'; message: string } | { status: 'ready'; review: ReviewDraft }>({
    status: 'idle',
  });
  const [focus, setFocus] = useState<Highlight | null>(null);
  const [rejected, setRejected] = useState<Set<number>>(new Set());
  const [selected, setSelected] = useState<Set<number>>(new Set());
  const [outcomes, setOutcomes] = useState<Record<number, Outcome>>({});
  const [open, setOpen] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);

  async function draft() {
    setState({ status: 'loading' });
    const result = await sendJson<Draft>('POST', `/api/sources/${source.id}/draft`, {});
    if (!result.ok) return setState({ status: 'error', message: result.error.message });
    setFocus(null);
    setRejected(new Set());
    setSelected(new Set());
    setOutcomes({});
    setState({ status: 'ready', review: toReview(result.data) });
  }

  const review = state.status === 'ready' ? state.review : null;
  const update = (next: ReviewDraft) => setState({ status: 'ready', review: next });
  const settle = (index: number, outcome: Outcome) => setOutcomes((current) => ({ ...current, [index]: outcome }));

  /** Stores a proposal's sentences as excerpts (or finds them stored before); their ids, or the error. */
  async function cite(proposal: ReviewProposal): Promise<number[] | string> {
    const ids: number[] = [];
    for (const span of proposalSpans(proposal)) {
      const result = await sendJson<ExcerptDto>('POST', `/api/sources/${source.id}/excerpts`, span);
      if (!result.ok) return result.error.message;
      ids.push(result.data.id);
    }
    return ids;
  }

  async function acceptSelected() {
    if (!review) return;
    setBusy(true);
    for (const index of [...selected].sort((a, b) => a - b)) {
      const proposal = review.proposals[index];
      // Checked first, so that a proposal the form would refuse writes nothing, not even its excerpts.
      const check = itemInputSchema.safeParse(proposalItem(proposal, [1]));
      if (!check.success) {
        const [field, problems] = Object.entries(zodFieldErrors(check.error))[0];
        settle(index, { ok: false, message: `${field}: ${problems[0]}` });
        continue;
      }
      const excerptIds = await cite(proposal);
      if (typeof excerptIds === 'string') {
        settle(index, { ok: false, message: excerptIds });
        continue;
      }
      const created = await sendJson<EditorItem>('POST', '/api/items', proposalItem(proposal, excerptIds));
      settle(index, created.ok ? { ok: true, itemId: created.data.id, message: t.created(created.data.id) } : { ok: false, message: created.error.message });
    }
    setSelected(new Set());
    setBusy(false);
  }

  async function addExcerpt(index: number, itemId: number) {
    if (!review) return;
    setBusy(true);
    const excerptIds = await cite(review.proposals[index]);
    const item = typeof excerptIds === 'string' ? null : await fetch(`/api/items/${itemId}`).then((response) => (response.ok ? (response.json() as Promise<ItemFeature>) : null));
    if (typeof excerptIds === 'string' || !item) {
      settle(index, { ok: false, message: typeof excerptIds === 'string' ? excerptIds : messages.states.missingItem(itemId) });
    } else {
      const saved = await sendJson<EditorItem>('PUT', `/api/items/${itemId}`, withExcerpt(item, excerptIds));
      settle(index, saved.ok ? { ok: true, itemId, message: t.excerptAdded(itemId) } : { ok: false, message: saved.error.message });
    }
    setBusy(false);
  }

  if (open !== null && review) {
    const proposal = review.proposals[open];
    return (
      <section aria-labelledby="draft-editing">
        <h2 id="draft-editing">{t.editing(proposal.title)}</h2>
        <button type="button" onClick={() => setOpen(null)}>
          {t.cancel}
        </button>
        <ItemEditor
          key={open}
          item={null}
          sources={sources}
          sourceId={source.id}
          initial={proposalForm(proposal)}
          excerptsToCite={{ sourceId: source.id, spans: proposalSpans(proposal) }}
          onCreated={(item) => {
            settle(open, { ok: true, itemId: item.id, message: t.created(item.id) });
            setOpen(null);
          }}
        />
      </section>
    );
  }

  const visible = review?.proposals.map((proposal, index) => ({ proposal, index })) ?? [];
  const pending = visible.filter(({ index }) => !rejected.has(index) && !outcomes[index]?.ok);

  return (
    <div className="draft-review">
      <p className="muted">{t.intro}</p>
      <p>
        <button type="button" className="primary" onClick={draft} disabled={state.status === 'loading'}>
          {state.status === 'idle' || state.status === 'loading' ? t.start : t.again}
        </button>
      </p>
      <div aria-live="polite">
        {state.status === 'loading' && <p role="status">{t.drafting}</p>}
        {state.status === 'error' && (
          <p role="alert" className="field-error">
            {t.failed(state.message)}
          </p>
        )}
        {review && review.proposals.length === 0 && <p role="status">{t.empty}</p>}
      </div>

      {review && (
        <div className="draft-grid">
          <div>
            <h2 id="draft-text-title">{t.text}</h2>
            <p className="muted">{t.textHint}</p>
            <DraftText text={source.text} language={source.language} review={review} labelledBy="draft-text-title" locale={locale} onChoose={setFocus} focus={focus} />
            {focus && (
              <MentionEditor
                key={`${focus.type}-${focus.index}`}
                review={review}
                focus={focus}
                locale={locale}
                onChange={(next) => {
                  update(next);
                  setFocus(null);
                }}
                onClose={() => setFocus(null)}
              />
            )}
          </div>

          <div>
            <h2>{t.proposals(pending.length)}</h2>
            <button type="button" className="primary" disabled={busy || selected.size === 0} onClick={acceptSelected}>
              {busy ? t.accepting : t.acceptSelected(selected.size)}
            </button>
            <ol className="proposals">
              {visible.map(({ proposal, index }) => {
                const outcome = outcomes[index];
                const isRejected = rejected.has(index);
                return (
                  <li key={index} className={isRejected ? 'rejected' : undefined} data-testid="proposal">
                    <div className="proposal-head">
                      {!isRejected && !outcome?.ok && (
                        <input
                          type="checkbox"
                          aria-label={t.select(proposal.title)}
                          checked={selected.has(index)}
                          onChange={(event) =>
                            setSelected((current) => {
                              const next = new Set(current);
                              if (event.target.checked) next.add(index);
                              else next.delete(index);
                              return next;
                            })
                          }
                        />
                      )}
                      <strong>{proposal.title}</strong>
                    </div>
                    <p className="proposal-facts">
                      {messages.kinds[proposal.kind].label} · {messages.statuses[proposal.status].label} ·{' '}
                      {proposal.startDate ? `${formatDay(proposal.startDate, messages)} (${messages.datePrecisions[proposal.datePrecision]})` : t.noDate}
                      {!proposal.geometry && <> · {t.noShape}</>}
                    </p>
                    <p className="proposal-excerpt">
                      <span className="muted">{t.from}: </span>
                      <q lang={source.language}>{proposal.excerpt.text}</q>
                    </p>
                    {isRejected ? (
                      <p>
                        {t.rejected}{' '}
                        <button type="button" onClick={() => setRejected((current) => new Set([...current].filter((i) => i !== index)))}>
                          {t.bringBack}
                        </button>
                      </p>
                    ) : (
                      !outcome?.ok && (
                        <div className="proposal-actions">
                          {proposal.matchesItemId !== undefined && (
                            <>
                              <span>{t.matches(proposal.matchesItemId)}</span>
                              <button type="button" disabled={busy} onClick={() => addExcerpt(index, proposal.matchesItemId!)}>
                                {t.addExcerpt(proposal.matchesItemId)}
                              </button>
                            </>
                          )}
                          <button type="button" onClick={() => setOpen(index)}>
                            {t.review}
                          </button>
                          <button
                            type="button"
                            onClick={() => {
                              setRejected((current) => new Set(current).add(index));
                              setSelected((current) => new Set([...current].filter((i) => i !== index)));
                            }}
                          >
                            {t.reject}
                          </button>
                        </div>
                      )
                    )}
                    {outcome && (
                      <p role="status" className={outcome.ok ? 'notice' : 'field-error'}>
                        {outcome.message} {outcome.ok && <Link href={`/admin/items/${outcome.itemId}`}>#{outcome.itemId}</Link>}
                      </p>
                    )}
                  </li>
                );
              })}
            </ol>
          </div>
        </div>
      )}
    </div>
  );
}

interface DraftTextProps {
  text: string;
  language: string;
  review: ReviewDraft;
  labelledBy: string;
  locale: Locale;
  focus: Highlight | null;
  onChoose: (highlight: Highlight) => void;
}

/** The article by paragraph, each place and date a button that opens its editor. */
function DraftText({ text, language, review, labelledBy, locale, focus, onChoose }: DraftTextProps) {
  const t = MESSAGES[locale].draft;
  const marks = highlights(review);
  const paragraphs: { start: number; end: number }[] = [];
  let offset = 0;
  for (const line of text.split('\n')) {
    if (line.trim()) paragraphs.push({ start: offset, end: offset + line.length });
    offset += line.length + 1;
  }
  return (
    // Focusable so keyboard users can scroll the text (axe scrollable-region-focusable).
    <div className="picker-text draft-text" lang={language} tabIndex={0} role="region" aria-labelledby={labelledBy} data-testid="draft-text">
      {paragraphs.map((paragraph) => {
        const inside = marks.filter((mark) => mark.start >= paragraph.start && mark.end <= paragraph.end);
        const parts: React.ReactNode[] = [];
        let at = paragraph.start;
        for (const mark of inside) {
          if (mark.start > at) parts.push(text.slice(at, mark.start));
          const label =
            mark.type === 'place' ? t.place(review.places[mark.index]!.name) : t.date(review.dates[mark.index]!.date);
          parts.push(
            <button
              key={`${mark.type}-${mark.index}`}
              type="button"
              className={`mention ${mark.type}`}
              aria-label={`${text.slice(mark.start, mark.end)} — ${label}`}
              aria-expanded={focus?.type === mark.type && focus.index === mark.index}
              title={label}
              onClick={() => onChoose(mark)}
            >
              {text.slice(mark.start, mark.end)}
            </button>,
          );
          at = mark.end;
        }
        if (at < paragraph.end) parts.push(text.slice(at, paragraph.end));
        return <p key={paragraph.start}>{parts}</p>;
      })}
    </div>
  );
}

interface MentionEditorProps {
  review: ReviewDraft;
  focus: Highlight;
  locale: Locale;
  onChange: (review: ReviewDraft) => void;
  onClose: () => void;
}

/** Changes or removes one recognised place or date; the proposals that rest on it follow. */
function MentionEditor({ review, focus, locale, onChange, onClose }: MentionEditorProps) {
  const messages = MESSAGES[locale];
  const t = messages.draft;
  const place = focus.type === 'place' ? review.places[focus.index] : null;
  const date = focus.type === 'date' ? review.dates[focus.index] : null;
  const [alternative, setAlternative] = useState(0);
  const [day, setDay] = useState(date?.date ?? '');
  const [precision, setPrecision] = useState<DatePrecision>(date?.precision ?? 'day');
  const validDay = /^\d{4}-\d{2}-\d{2}$/.test(day) && !Number.isNaN(Date.parse(day));

  return (
    <fieldset className="mention-editor">
      <legend>{place ? t.place(place.name) : date ? t.date(date.text) : ''}</legend>
      {place &&
        (place.alternatives.length > 0 ? (
          <label>
            {t.readAs}
            <select value={alternative} onChange={(event) => setAlternative(Number(event.target.value))}>
              {place.alternatives.map((candidate, index) => (
                <option key={index} value={index}>
                  {candidate.name} ({candidate.kind}
                  {candidate.iso3 ? `, ${candidate.iso3}` : ''})
                </option>
              ))}
            </select>
          </label>
        ) : (
          <p className="muted">{t.noAlternative}</p>
        ))}
      {date && (
        <div className="field-row">
          <label>
            {t.day}
            <input value={day} onChange={(event) => setDay(event.target.value)} aria-invalid={validDay ? undefined : true} placeholder="2024-11-27" />
          </label>
          <label>
            {t.precision}
            <select value={precision} onChange={(event) => setPrecision(event.target.value as DatePrecision)}>
              {DATE_PRECISIONS.map((value) => (
                <option key={value} value={value}>
                  {messages.datePrecisions[value]}
                </option>
              ))}
            </select>
          </label>
        </div>
      )}
      <div className="proposal-actions">
        {(place ? place.alternatives.length > 0 : validDay) && (
          <button
            type="button"
            className="primary"
            onClick={() =>
              onChange(place ? changePlace(review, focus.index, place.alternatives[alternative]) : changeDate(review, focus.index, day, precision))
            }
          >
            {t.apply}
          </button>
        )}
        <button type="button" className="danger" onClick={() => onChange(place ? removePlace(review, focus.index) : removeDate(review, focus.index))}>
          {t.remove}
        </button>
        <button type="button" onClick={onClose}>
          {t.close}
        </button>
      </div>
    </fieldset>
  );
}
