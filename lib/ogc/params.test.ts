import { describe, expect, it } from 'vitest';
import { ApiError } from '@/lib/api/errors';
import { DEFAULT_LIMIT, MAX_LIMIT, parseFormatOnly, parseItemsParams } from './params';

const parse = (query: string) => parseItemsParams(new URLSearchParams(query));

/** The fields a 400 names, or fails the test when the parser accepts the query. */
function rejectedFields(run: () => unknown): string[] {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(400);
    return Object.keys((error as ApiError).fields ?? {});
  }
  throw new Error('expected the parameters to be rejected');
}

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('parseItemsParams', () => {
  it('pages with the default limit from the start when nothing is given', () => {
    expect(parse('')).toEqual({ query: {}, limit: DEFAULT_LIMIT, offset: 0 });
  });

  it('reads limit and offset', () => {
    expect(parse('limit=3&offset=6')).toMatchObject({ limit: 3, offset: 6 });
  });

  it('rejects a limit above the maximum, naming limit', () => {
    expect(rejectedFields(() => parse(`limit=${MAX_LIMIT + 1}`))).toEqual(['limit']);
  });

  it('rejects a limit of zero and a fractional limit', () => {
    expect(rejectedFields(() => parse('limit=0'))).toEqual(['limit']);
    expect(rejectedFields(() => parse('limit=2.5'))).toEqual(['limit']);
  });

  it('reads a bbox, also one crossing the antimeridian', () => {
    expect(parse('bbox=34,33,38,37').query.bbox).toEqual([34, 33, 38, 37]);
    expect(parse('bbox=170,-20,-170,20').query.bbox).toEqual([170, -20, -170, 20]);
  });

  it('reads a bbox with heights, ignoring them', () => {
    expect(parse('bbox=34,33,0,38,37,100').query.bbox).toEqual([34, 33, 38, 37]);
  });

  it('rejects a bbox out of range, naming bbox', () => {
    expect(rejectedFields(() => parse('bbox=0,0,200,10'))).toEqual(['bbox']);
    expect(rejectedFields(() => parse('bbox=0,-95,10,10'))).toEqual(['bbox']);
  });

  it('rejects a bbox whose south is above its north', () => {
    expect(rejectedFields(() => parse('bbox=0,20,10,10'))).toEqual(['bbox']);
  });

  it('turns an instant into the UTC day that contains it', () => {
    expect(parse('datetime=2024-11-21T12:30:00Z').query).toEqual({ from: day('2024-11-21'), to: day('2024-11-21') });
  });

  it('reads an instant with an offset in UTC', () => {
    expect(parse('datetime=2024-11-21T01:00:00%2B03:00').query).toEqual({ from: day('2024-11-20'), to: day('2024-11-20') });
  });

  it('reads a closed interval', () => {
    expect(parse('datetime=2024-11-01T00:00:00Z/2024-11-30T23:59:59Z').query).toEqual({
      from: day('2024-11-01'),
      to: day('2024-11-30'),
    });
  });

  it('reads intervals with an open start or end', () => {
    expect(parse('datetime=../2024-11-30T00:00:00Z').query).toEqual({ to: day('2024-11-30') });
    expect(parse('datetime=2024-12-01T00:00:00Z/..').query).toEqual({ from: day('2024-12-01') });
    expect(parse('datetime=2024-12-01T00:00:00Z/').query).toEqual({ from: day('2024-12-01') });
  });

  it('accepts full dates as well as date-times', () => {
    expect(parse('datetime=2024-11-01/2024-11-30').query).toEqual({ from: day('2024-11-01'), to: day('2024-11-30') });
  });

  it('rejects a reversed interval, naming datetime', () => {
    expect(rejectedFields(() => parse('datetime=2024-12-01T00:00:00Z/2024-11-01T00:00:00Z'))).toEqual(['datetime']);
  });

  it('rejects dates that do not exist and text that is no date', () => {
    expect(rejectedFields(() => parse('datetime=2024-02-30T00:00:00Z'))).toEqual(['datetime']);
    expect(rejectedFields(() => parse('datetime=yesterday'))).toEqual(['datetime']);
    expect(rejectedFields(() => parse('datetime=2024-11-21T12:00:00'))).toEqual(['datetime']);
  });

  it('rejects an interval open at both ends given as a single ..', () => {
    expect(rejectedFields(() => parse('datetime=..'))).toEqual(['datetime']);
  });

  it('rejects parameters the API does not define, naming them', () => {
    expect(rejectedFields(() => parse('bbox-crs=EPSG:4326'))).toEqual(['bbox-crs']);
  });

  it('accepts f=json and rejects other formats', () => {
    expect(parse('f=json').limit).toBe(DEFAULT_LIMIT);
    expect(rejectedFields(() => parse('f=html'))).toEqual(['f']);
  });
});

describe('parseFormatOnly', () => {
  it('rejects any parameter but f', () => {
    expect(() => parseFormatOnly(new URLSearchParams('f=json'))).not.toThrow();
    expect(rejectedFields(() => parseFormatOnly(new URLSearchParams('limit=5')))).toEqual(['limit']);
  });
});
