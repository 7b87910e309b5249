'use client';
import { useMemo } from 'react';
import { useI18n } from '@/components/i18n';
import { toDay } from '@/lib/dates';
import { CSV_MEDIA_TYPE, exportCsv } from '@/lib/export/csv';
import { downloadText } from '@/lib/export/download';
import { exportGeoJson, GEOJSON_MEDIA_TYPE } from '@/lib/export/geojson';
import type { ItemFeature } from '@/lib/items/types';
import { useRegions } from '@/lib/swr/use-region';

/** Downloads exactly the items the dashboard shows (after its filters) as GeoJSON or CSV. */
export function ExportButtons({ items }: { items: ItemFeature[] }) {
  const { t } = useI18n();
  const regions = useRegions();
  const countryNames = useMemo(
    () => Object.fromEntries((regions.data?.regions ?? []).flatMap((r) => (r.isoA3 ? [[r.isoA3, r.name]] : []))),
    [regions.data],
  );
  const fileName = (extension: string) => `sitmap-items-${toDay(new Date())}.${extension}`;
  const disabled = items.length === 0;
  return (
    <div className="export-buttons" role="group" aria-label={t.exports.label}>
      <span className="muted">{t.exports.shown(items.length)}</span>
      <button type="button" disabled={disabled} onClick={() => downloadText(fileName('geojson'), GEOJSON_MEDIA_TYPE, exportGeoJson(items))}>
        GeoJSON
      </button>
      <button type="button" disabled={disabled} onClick={() => downloadText(fileName('csv'), CSV_MEDIA_TYPE, exportCsv(items, { countryNames }))}>
        CSV
      </button>
    </div>
  );
}
