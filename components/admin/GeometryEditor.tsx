'use client';
// Geometry three ways: drawn on the map, pasted as GeoJSON, or typed as coordinates. All three set the
// same form value, which the map shows and the shared schema checks as you edit.
import { useState } from 'react';
import { zodFieldErrors } from '@/lib/errors';
import {
  formatCoordinateText,
  parseCoordinateText,
  parseGeoJsonText,
  TYPED_GEOMETRY_TYPES,
  type TypedGeometryType,
} from '@/lib/admin/geometry-input';
import { geometrySchema } from '@/lib/items/schema';
import type { Geometry } from 'geojson';
import { GeometryMap, type DrawMode } from './GeometryMap';

const MODE_LABELS: Record<DrawMode, string> = {
  static: 'Move the map',
  point: 'Draw a point',
  linestring: 'Draw a line',
  polygon: 'Draw a polygon',
  select: 'Edit the shape',
};
const TYPED_LABELS: Record<TypedGeometryType, string> = { Point: 'Point', LineString: 'Line', Polygon: 'Polygon' };

interface GeometryEditorProps {
  geometry: unknown;
  onChange: (geometry: unknown) => void;
  /** Messages from the last save attempt. */
  errors?: string[];
}

export function GeometryEditor({ geometry, onChange, errors = [] }: GeometryEditorProps) {
  const [mode, setMode] = useState<DrawMode>('static');
  const [tab, setTab] = useState<'draw' | 'paste' | 'type'>('draw');
  const [pasted, setPasted] = useState('');
  const [typedType, setTypedType] = useState<TypedGeometryType>('Polygon');
  const [typed, setTyped] = useState('');
  const [inputError, setInputError] = useState<string | null>(null);

  const check = geometry === null ? null : geometrySchema.safeParse(geometry);
  const liveErrors = check && !check.success ? [...new Set(Object.values(zodFieldErrors(check.error)).flat())] : [];

  function openTab(next: typeof tab) {
    setTab(next);
    setInputError(null);
    if (next === 'paste') setPasted(geometry ? JSON.stringify(geometry, null, 1) : '');
    if (next === 'type') {
      const formatted = formatCoordinateText(geometry as Geometry | null);
      if (formatted) {
        setTypedType(formatted.type);
        setTyped(formatted.text);
      }
    }
  }

  function apply(result: ReturnType<typeof parseGeoJsonText>) {
    if ('error' in result) return setInputError(result.error);
    setInputError(null);
    onChange(result.geometry);
  }

  return (
    <fieldset className="geometry-editor" aria-describedby="geometry-errors">
      <legend>Shape on the map</legend>
      <div role="tablist" className="tabs">
        {(['draw', 'paste', 'type'] as const).map((name) => (
          <button key={name} type="button" role="tab" aria-selected={tab === name} onClick={() => openTab(name)}>
            {name === 'draw' ? 'Draw on the map' : name === 'paste' ? 'Paste GeoJSON' : 'Type coordinates'}
          </button>
        ))}
      </div>
      {tab === 'draw' && (
        <div className="draw-tools" role="group" aria-label="Drawing tools">
          {(Object.keys(MODE_LABELS) as DrawMode[]).map((name) => (
            <button key={name} type="button" aria-pressed={mode === name} onClick={() => setMode(name)}>
              {MODE_LABELS[name]}
            </button>
          ))}
          <button type="button" onClick={() => onChange(null)} disabled={geometry === null}>
            Delete the shape
          </button>
          <p className="muted">
            Polygon: click each corner, then click the first corner again to close it. Edit: drag a corner, drag a midpoint to add one,
            right-click a corner to remove it.
          </p>
        </div>
      )}
      {tab === 'paste' && (
        <div>
          <label>
            GeoJSON geometry, Feature or FeatureCollection of one feature
            <textarea rows={6} value={pasted} onChange={(e) => setPasted(e.target.value)} spellCheck={false} />
          </label>
          <button type="button" onClick={() => apply(parseGeoJsonText(pasted))}>
            Use this GeoJSON
          </button>
        </div>
      )}
      {tab === 'type' && (
        <div>
          <label>
            Shape
            <select value={typedType} onChange={(e) => setTypedType(e.target.value as TypedGeometryType)}>
              {TYPED_GEOMETRY_TYPES.map((type) => (
                <option key={type} value={type}>
                  {TYPED_LABELS[type]}
                </option>
              ))}
            </select>
          </label>
          <label>
            One position per line: longitude, latitude (a polygon is closed for you)
            <textarea rows={6} value={typed} onChange={(e) => setTyped(e.target.value)} spellCheck={false} placeholder="35.05, 48.46" />
          </label>
          <button type="button" onClick={() => apply(parseCoordinateText(typedType, typed))}>
            Use these coordinates
          </button>
        </div>
      )}
      <GeometryMap geometry={geometry} mode={mode} onDrawn={onChange} />
      <div id="geometry-errors">
        {[...new Set([...(inputError ? [inputError] : []), ...liveErrors, ...errors])].map((message) => (
          <p key={message} className="field-error">
            {message}
          </p>
        ))}
        {geometry === null && <p className="muted">No shape yet.</p>}
      </div>
    </fieldset>
  );
}
