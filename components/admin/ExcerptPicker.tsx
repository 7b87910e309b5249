'use client';
// The source's text with its excerpts highlighted; selecting a span and pressing "Cite the selection"
// stores it as an excerpt (offsets checked verbatim on the server) and attaches it to the item.
import { useEffect, useRef, useState } from 'react';
import { sendJson } from '@/lib/admin/client';
import type { ExcerptDto } from '@/lib/items/types';
import { segmentText, type Span } from '@/lib/sources/excerpts';
import type { SourceSummary } from '@/lib/sources/schema';
import { snapSpan } from '@/lib/sources/selection';
import { useSource } from '@/lib/swr/use-source';

/**
 * A DOM selection boundary as an offset into the source text. Every segment element carries the
 * offset it starts at (data-start) and holds one text node, whose DOM offsets count UTF-16 code
 * units exactly like JS string offsets. A boundary between elements counts as the start of the next
 * segment (or the end of the text).
 */
function textOffset(root: HTMLElement, node: Node, offset: number, textLength: number): number | null {
  if (node.nodeType === Node.TEXT_NODE) {
    const segment = node.parentElement?.closest<HTMLElement>('[data-start]');
    return segment && root.contains(segment) ? Number(segment.dataset.start) + offset : null;
  }
  const boundary = document.createRange();
  boundary.setStart(node, offset);
  for (const segment of root.querySelectorAll<HTMLElement>('[data-start]')) {
    if (boundary.comparePoint(segment, 0) >= 0) return Number(segment.dataset.start);
  }
  return textLength;
}

interface ExcerptPickerProps {
  sources: SourceSummary[];
  sourceId: number | null;
  onSourceChange: (id: number | null) => void;
  attachedIds: number[];
  onAttach: (excerpt: ExcerptDto) => void;
  onDetach: (id: number) => void;
}

export function ExcerptPicker({ sources, sourceId, onSourceChange, attachedIds, onAttach, onDetach }: ExcerptPickerProps) {
  const source = useSource(sourceId);
  const textRoot = useRef<HTMLDivElement>(null);
  const [selection, setSelection] = useState<Span | null>(null);
  const [error, setError] = useState<string | null>(null);
  const text = source.data?.text;

  useEffect(() => {
    const onSelectionChange = () => {
      const root = textRoot.current;
      const current = window.getSelection();
      if (!root || text === undefined || !current || current.rangeCount === 0 || current.isCollapsed) return setSelection(null);
      const range = current.getRangeAt(0);
      if (!root.contains(range.startContainer) || !root.contains(range.endContainer)) return setSelection(null);
      const start = textOffset(root, range.startContainer, range.startOffset, text.length);
      const end = textOffset(root, range.endContainer, range.endOffset, text.length);
      setSelection(start === null || end === null ? null : snapSpan(text, start, end));
    };
    document.addEventListener('selectionchange', onSelectionChange);
    return () => document.removeEventListener('selectionchange', onSelectionChange);
  }, [text]);

  async function citeSelection() {
    if (!selection || sourceId === null || text === undefined) return;
    const result = await sendJson<ExcerptDto>('POST', `/api/sources/${sourceId}/excerpts`, {
      ...selection,
      text: text.slice(selection.start, selection.end),
    });
    if (!result.ok) return setError(result.error.message);
    setError(null);
    onAttach(result.data);
    window.getSelection()?.removeAllRanges();
    await source.mutate();
  }

  const excerpts = source.data?.excerpts ?? [];
  const paragraphs: { start: number; text: string }[] = [];
  if (text !== undefined) {
    let offset = 0;
    for (const line of text.split('\n')) {
      if (line.trim()) paragraphs.push({ start: offset, text: line });
      offset += line.length + 1;
    }
  }

  return (
    <div className="excerpt-picker">
      <label>
        Article
        <select value={sourceId ?? ''} onChange={(e) => onSourceChange(e.target.value ? Number(e.target.value) : null)}>
          {sources.map((s) => (
            <option key={s.id} value={s.id}>
              {s.title} ({s.outlet})
            </option>
          ))}
        </select>
      </label>
      {source.error && <p className="field-error">{source.error.message}</p>}
      {source.data && (
        <>
          <p className="muted">
            Select words in the text, then cite them. Highlighted: passages already quoted (darker: cited by this item).
          </p>
          {/* Focusable so keyboard users can scroll the text (WCAG 2.1.1; axe scrollable-region-focusable). */}
          <div
            className="picker-text"
            ref={textRoot}
            lang={source.data.language}
            data-testid="picker-text"
            tabIndex={0}
            role="region"
            aria-label={`Text of “${source.data.title}”`}
          >
            {paragraphs.map((paragraph) => (
              <p key={paragraph.start}>
                {segmentText(
                  paragraph.text,
                  excerpts
                    .filter((e) => e.end > paragraph.start && e.start < paragraph.start + paragraph.text.length)
                    .map((e) => ({ id: e.id, start: e.start - paragraph.start, end: e.end - paragraph.start })),
                ).map((segment) => {
                  const start = paragraph.start + segment.start;
                  if (segment.excerptIds.length === 0) return <span key={start} data-start={start}>{segment.text}</span>;
                  const attached = segment.excerptIds.some((id) => attachedIds.includes(id));
                  return (
                    <mark key={start} data-start={start} className={attached ? 'excerpt attached' : 'excerpt'}>
                      {segment.text}
                    </mark>
                  );
                })}
              </p>
            ))}
          </div>
          <div className="picker-actions">
            <button type="button" onClick={citeSelection} disabled={!selection}>
              Cite the selection
            </button>
            <span className="muted" aria-live="polite">
              {selection ? `${selection.end - selection.start} characters selected` : 'Nothing selected'}
            </span>
          </div>
          {error && <p className="field-error">{error}</p>}
          <h4>Excerpts of this article</h4>
          <ul className="excerpt-list">
            {excerpts.map((excerpt) => {
              const attached = attachedIds.includes(excerpt.id);
              return (
                <li key={excerpt.id} className={attached ? 'attached' : undefined}>
                  <q lang={excerpt.language}>{excerpt.text}</q>{' '}
                  {attached ? (
                    <button type="button" onClick={() => onDetach(excerpt.id)}>
                      Detach
                    </button>
                  ) : (
                    <button type="button" onClick={() => onAttach(excerpt)}>
                      Attach
                    </button>
                  )}
                </li>
              );
            })}
          </ul>
        </>
      )}
    </div>
  );
}
