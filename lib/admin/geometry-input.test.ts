import { describe, expect, it } from 'vitest';
import { MESSAGES } from '@/lib/i18n/messages';
import { formatCoordinateText, normaliseInput, parseCoordinateText, parseGeoJsonText } from './geometry-input';

const point = () => ({ type: 'Point', coordinates: [35.05, 48.46] });

describe('parseGeoJsonText', () => {
  it('takes a bare geometry', () => {
    expect(parseGeoJsonText(JSON.stringify(point()))).toEqual({ geometry: point() });
  });

  it('takes the geometry of a Feature', () => {
    expect(parseGeoJsonText(JSON.stringify({ type: 'Feature', properties: {}, geometry: point() }))).toEqual({ geometry: point() });
  });

  it('takes the one feature of a FeatureCollection', () => {
    const collection = { type: 'FeatureCollection', features: [{ type: 'Feature', properties: null, geometry: point() }] };
    expect(parseGeoJsonText(JSON.stringify(collection))).toEqual({ geometry: point() });
  });

  it('refuses a FeatureCollection of several features, saying how many', () => {
    const feature = { type: 'Feature', properties: null, geometry: point() };
    expect(parseGeoJsonText(JSON.stringify({ type: 'FeatureCollection', features: [feature, feature] }))).toEqual({
      error: 'A FeatureCollection must hold exactly one feature (this one has 2)',
    });
  });

  it('says when the text is not JSON', () => {
    expect(parseGeoJsonText('{type: Point')).toEqual({ error: 'This is not valid JSON' });
  });

  it('says it in French with the French words', () => {
    expect(parseGeoJsonText('{type: Point', MESSAGES.fr.geometry.input)).toEqual({ error: 'Ce n’est pas du JSON valide' });
  });

  it('notes that the crs of a FeatureCollection is ignored', () => {
    const collection = { type: 'FeatureCollection', crs: { type: 'name', properties: { name: 'EPSG:4326' } }, features: [{ type: 'Feature', properties: null, geometry: point() }] };
    expect(parseGeoJsonText(JSON.stringify(collection))).toEqual({ geometry: point(), notices: ['crs-ignored'] });
  });
});

describe('parseCoordinateText', () => {
  it('reads one position as a point', () => {
    expect(parseCoordinateText('Point', '35.05, 48.46')).toEqual({ geometry: point() });
  });

  it('accepts spaces or semicolons between the numbers', () => {
    expect(parseCoordinateText('LineString', '37.6 55.75\n-77.03; 38.9')).toEqual({
      geometry: { type: 'LineString', coordinates: [[37.6, 55.75], [-77.03, 38.9]] },
    });
  });

  it('closes a polygon ring', () => {
    expect(parseCoordinateText('Polygon', '0,0\n1,0\n1,1')).toEqual({
      geometry: { type: 'Polygon', coordinates: [[[0, 0], [1, 0], [1, 1], [0, 0]]] },
    });
  });

  it('keeps a ring that is already closed', () => {
    expect(parseCoordinateText('Polygon', '0,0\n1,0\n1,1\n0,0')).toEqual({
      geometry: { type: 'Polygon', coordinates: [[[0, 0], [1, 0], [1, 1], [0, 0]]] },
    });
  });

  it('names the line that is not two numbers', () => {
    expect(parseCoordinateText('LineString', '1,2\n3,four')).toEqual({
      error: 'Line 2: write two numbers, longitude then latitude, e.g. 35.05, 48.46',
    });
  });

  it('reads a third number on a line as an altitude, for the schema to drop', () => {
    expect(parseCoordinateText('Point', '35.05, 48.46, 120')).toEqual({ geometry: { type: 'Point', coordinates: [35.05, 48.46, 120] } });
  });

  it('refuses NaN and Infinity spelled out', () => {
    expect(parseCoordinateText('Point', 'NaN, 1')).toHaveProperty('error');
    expect(parseCoordinateText('Point', 'Infinity, 1')).toHaveProperty('error');
  });
});

describe('formatCoordinateText', () => {
  it('round-trips a polygon through typed text', () => {
    const polygon = { type: 'Polygon' as const, coordinates: [[[0, 0], [1, 0], [1, 1], [0, 0]]] };
    const typed = formatCoordinateText(polygon)!;
    expect(parseCoordinateText(typed.type, typed.text)).toEqual({ geometry: polygon });
  });

  it('has no typed form for multi-geometries', () => {
    expect(formatCoordinateText({ type: 'MultiPoint', coordinates: [[0, 0]] })).toBeNull();
  });
});

describe('normaliseInput', () => {
  it('says that it cut a shape crossing the antimeridian, and gives the cut shape', () => {
    const chukotka = { type: 'Polygon', coordinates: [[[170, 62], [-172, 62], [-172, 68], [170, 68], [170, 62]]] };

    const { geometry, notices } = normaliseInput(chukotka);

    expect(geometry).toHaveProperty('type', 'MultiPolygon');
    expect(notices).toEqual(['split-at-antimeridian']);
  });

  it('says that it dropped altitudes and a crs', () => {
    const withAltitude = { type: 'Point', coordinates: [35.05, 48.46, 120], crs: { type: 'name', properties: { name: 'EPSG:4326' } } };

    expect(normaliseInput(withAltitude)).toEqual({ geometry: point(), notices: ['crs-ignored', 'altitude-dropped'] });
  });

  it('gives a refused shape back as it was, without notices', () => {
    const open = { type: 'Polygon', coordinates: [[[0, 0], [1, 0], [1, 1], [0, 1]]] };

    expect(normaliseInput(open)).toEqual({ geometry: open, notices: [] });
  });
});
