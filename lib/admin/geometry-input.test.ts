import { describe, expect, it } from 'vitest';
import { formatCoordinateText, parseCoordinateText, parseGeoJsonText } from './geometry-input';

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
