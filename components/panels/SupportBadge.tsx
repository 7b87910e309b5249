import { useI18n } from '@/components/i18n';
import type { SupportLevel } from '@/lib/sources/support';

/**
 * How well an item is supported, in words: the list, the table and the item's panel carry it so the
 * map's fainter drawing of weakly supported items is never the only sign.
 */
export function SupportBadge({ level }: { level: SupportLevel }) {
  const { t } = useI18n();
  return <span className={`support-badge support-badge-${level}`}>{t.sources.badge[level]}</span>;
}
