'use client';
import { useEffect, useMemo, useState } from 'react';
import { useI18n } from '@/components/i18n';
import { formatDay } from '@/lib/items/format';
import { KIND_STYLES } from '@/lib/items/kinds';
import type { ItemFeature } from '@/lib/items/types';
import { DAY_MS, dayMs, isoDay, itemSpan } from '@/lib/dates';
import { histogram, packLanes, timelineDomain } from '@/lib/timeline/spans';

interface TimelineProps {
  /** Every item, so the scale does not jump when filters change. */
  allItems: ItemFeature[];
  /** The items passing the other filters: the histogram and the spans. */
  items: ItemFeature[];
  from: string | null;
  to: string | null;
  onChange: (range: { from: string | null; to: string | null }) => void;
}

const STEP_DAYS = { day: 1, week: 7 } as const;
const PLAY_INTERVAL_MS = 900;
const MAX_LANES = 5;
const [HIST_HEIGHT, LANE_HEIGHT] = [34, 7];

/** Histogram of items by day, their spans, a draggable range and playback. */
export function Timeline({ allItems, items, from, to, onChange }: TimelineProps) {
  const { t } = useI18n();
  const [playing, setPlaying] = useState(false);
  const [step, setStep] = useState<keyof typeof STEP_DAYS>('day');

  // The scale covers every item and the chosen range, so a link's range shows as it was chosen.
  const domain = useMemo(() => {
    const chosen = [from, to].filter((day): day is string => day !== null).map((day) => ({ from: dayMs(day), to: dayMs(day) }));
    return timelineDomain([...allItems.map((item) => itemSpan(item.properties)), ...chosen]);
  }, [allItems, from, to]);
  const spans = useMemo(() => items.map((item) => ({ item, span: itemSpan(item.properties) })), [items]);
  const lanes = useMemo(() => packLanes(spans.map((s) => s.span)), [spans]);

  const days = domain ? Math.round((domain.to - domain.from) / DAY_MS) + 1 : 0;
  const indexOf = (day: string | null, fallback: number) =>
    domain && day ? Math.min(days - 1, Math.max(0, Math.round((dayMs(day) - domain.from) / DAY_MS))) : fallback;
  const fromIndex = indexOf(from, 0);
  const toIndex = indexOf(to, days - 1);
  const dayAt = (index: number) => isoDay(domain!.from + index * DAY_MS);

  // Playback moves the end of the range forward by a step until the last day.
  useEffect(() => {
    if (!playing || !domain) return;
    const timer = setInterval(() => {
      const next = Math.min(days - 1, toIndex + STEP_DAYS[step]);
      onChange({ from: dayAt(fromIndex), to: dayAt(next) });
      if (next >= days - 1) setPlaying(false);
    }, PLAY_INTERVAL_MS);
    return () => clearInterval(timer);
    // dayAt only reads domain, which is a dependency.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [playing, step, fromIndex, toIndex, days, domain, onChange]);

  if (!domain || days <= 0) return null;
  const counts = histogram(
    spans.map((s) => s.span),
    domain.from,
    domain.to,
  );
  const peak = Math.max(1, ...counts);
  const x = (index: number) => (index / days) * 100;
  const laneCount = Math.min(MAX_LANES, Math.max(1, ...lanes.map((lane) => lane + 1)));
  const height = HIST_HEIGHT + laneCount * (LANE_HEIGHT + 2) + 2;
  const current = formatDay(dayAt(toIndex), t);
  const togglePlay = () => {
    if (!playing && toIndex >= days - 1) onChange({ from: dayAt(fromIndex), to: dayAt(fromIndex) });
    setPlaying(!playing);
  };

  /** One end of the range; a thumb never passes the other end. */
  const thumb = (value: number, label: string, range: (index: number) => { from: string | null; to: string | null }) => (
    <input
      type="range"
      className="timeline-thumb"
      min={0}
      max={days - 1}
      value={value}
      aria-label={label}
      aria-valuetext={formatDay(dayAt(value), t)}
      onChange={(event) => onChange(range(Number(event.target.value)))}
    />
  );

  return (
    <section className="timeline" aria-labelledby="timeline-title">
      <div className="timeline-controls">
        <h2 id="timeline-title">{t.timeline.label}</h2>
        <button type="button" onClick={togglePlay} aria-pressed={playing}>
          {playing ? `❚❚ ${t.timeline.pause}` : `▶ ${t.timeline.play}`}
        </button>
        <label>
          {t.timeline.step}{' '}
          <select value={step} onChange={(event) => setStep(event.target.value as keyof typeof STEP_DAYS)}>
            <option value="day">{t.timeline.stepDay}</option>
            <option value="week">{t.timeline.stepWeek}</option>
          </select>
        </label>
        <output className="timeline-current" aria-live="polite">
          {t.timeline.current(current)}
        </output>
        {(from || to) && (
          <button type="button" className="link-button" onClick={() => (setPlaying(false), onChange({ from: null, to: null }))}>
            {t.timeline.reset}
          </button>
        )}
      </div>
      <div className="timeline-track" style={{ height }}>
        <svg
          className="timeline-chart"
          viewBox={`0 0 100 ${height}`}
          preserveAspectRatio="none"
          role="img"
          aria-label={t.timeline.histogram(formatDay(dayAt(0), t), formatDay(dayAt(days - 1), t))}
        >
          <rect className="timeline-selection" x={x(fromIndex)} y="0" width={x(toIndex + 1) - x(fromIndex)} height={height} />
          {counts.map((count, index) =>
            count ? (
              <rect
                key={index}
                className="timeline-bar"
                x={x(index) + 0.05}
                width={Math.max(0.1, 100 / days - 0.1)}
                y={HIST_HEIGHT - (count / peak) * (HIST_HEIGHT - 4)}
                height={(count / peak) * (HIST_HEIGHT - 4)}
              />
            ) : null,
          )}
          {spans.map(({ item, span }, i) =>
            lanes[i] < MAX_LANES ? (
              <rect
                key={item.id}
                className={item.properties.datePrecision === 'unknown' ? 'timeline-span timeline-span-uncertain' : 'timeline-span'}
                x={x(Math.round((span.from - domain.from) / DAY_MS))}
                width={Math.max(0.4, x(Math.round((span.to - span.from) / DAY_MS) + 1))}
                y={HIST_HEIGHT + 2 + lanes[i] * (LANE_HEIGHT + 2)}
                height={LANE_HEIGHT}
                fill={KIND_STYLES[item.properties.kind].color}
              >
                <title>{item.properties.title}</title>
              </rect>
            ) : null,
          )}
        </svg>
        {thumb(fromIndex, t.timeline.from, (index) => ({ from: dayAt(Math.min(index, toIndex)), to: to && dayAt(toIndex) }))}
        {thumb(toIndex, t.timeline.to, (index) => ({ from: from && dayAt(fromIndex), to: dayAt(Math.max(index, fromIndex)) }))}
      </div>
      <div className="timeline-axis" aria-hidden="true">
        <span>{formatDay(dayAt(0), t)}</span>
        <span>{formatDay(dayAt(days - 1), t)}</span>
      </div>
    </section>
  );
}
