'use client';
import { useI18n } from '@/components/i18n';
import type { ChangeTime } from '@/lib/changes/times';
import { DIFF_COLORS, type DiffKind } from '@/lib/changes/map-features';
import type { CompareState } from '@/lib/changes/url-state';
import { formatMoment } from './format';
import './following.css';

/** The legend's swatch of a diff style: the same fill, hollowness and dashes as the map's diff layer. */
function Swatch({ kind }: { kind: DiffKind }) {
  const color = DIFF_COLORS[kind];
  const dash = kind === 'ended' || kind === 'lost' ? '3 2' : undefined;
  if (kind === 'gained' || kind === 'lost') {
    return (
      <svg width="18" height="14" aria-hidden="true">
        <rect x="1.5" y="1.5" width="15" height="11" fill={color} fillOpacity={0.35} stroke={color} strokeWidth={2} strokeDasharray={dash} />
      </svg>
    );
  }
  const fillOpacity = kind === 'appeared' ? 0.35 : kind === 'edited' ? 0.15 : 0;
  return (
    <svg width="18" height="14" aria-hidden="true">
      <circle cx="9" cy="7" r="5.5" fill={color} fillOpacity={fillOpacity} stroke={color} strokeWidth={2} />
    </svg>
  );
}

function labels(time: ChangeTime, t: ReturnType<typeof useI18n>['t']): Array<[DiffKind, string]> {
  const f = t.following;
  const items: Array<[DiffKind, string]> =
    time === 'knowledge'
      ? [
          ['appeared', f.changes.knowledge.appeared],
          ['edited', f.changes.knowledge.edited],
          ['ended', f.changes.knowledge.ended],
        ]
      : [
          ['appeared', f.changes.event.appeared],
          ['ended', f.changes.event.ended],
        ];
  return [...items, ['gained', f.gained], ['lost', f.lost]];
}

/** Over the map while comparing: which time and moments it shows, the diff layer's legend, and a way out. */
export function ChangeLegend({ compare, onStop }: { compare: CompareState; onStop: () => void }) {
  const { t } = useI18n();
  const f = t.following;
  return (
    <section className="change-overlay" aria-labelledby="change-legend-title">
      <h2 id="change-legend-title" className="change-banner">
        {f.banner(compare.time, formatMoment(compare.since, t), formatMoment(compare.until, t))}
      </h2>
      <ul className="change-legend">
        {labels(compare.time, t).map(([kind, label]) => (
          <li key={kind}>
            <Swatch kind={kind} /> {label}
          </li>
        ))}
      </ul>
      <button type="button" className="link-button" onClick={onStop}>
        {f.stopComparing}
      </button>
    </section>
  );
}
