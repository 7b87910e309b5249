// fast-check generators of inputs that must be refused: every value they produce is invalid by
// construction (wrong type, out of range, open ring, bowtie, oversized, malformed JSON...), so a
// property can demand a 4xx answer / a failed parse for all of them.
import fc from 'fast-check';
import { MAX_VERTICES } from '@/lib/items/schema';

const SCRIPT = '<script>alert(1)</script>';

/** Any JSON value that is not an object: wrong at the top level. */
export const notAnObject = fc.oneof(fc.string(), fc.double(), fc.integer(), fc.boolean(), fc.constant(null), fc.array(fc.jsonValue(), { maxLength: 5 }));

/** Wrong types for a field that wants a string, a number or an array. Only numbers JSON can carry:
 * JSON.stringify turns NaN and ±Infinity into null, which some fields (an open end date) accept. */
const wrongType = fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.boolean(), fc.constant(null), fc.dictionary(fc.string(), fc.jsonValue(), { maxKeys: 3 }));

const outOfRangeLng = fc.oneof(fc.double({ min: 180, max: 1e12, noNaN: true, minExcluded: true }), fc.double({ min: -1e12, max: -180, noNaN: true, maxExcluded: true }));
const outOfRangeLat = fc.oneof(fc.double({ min: 90, max: 1e12, noNaN: true, minExcluded: true }), fc.double({ min: -1e12, max: -90, noNaN: true, maxExcluded: true }));
const lng = fc.double({ min: -179, max: 179, noNaN: true });
const lat = fc.double({ min: -89, max: 89, noNaN: true });

/** Geometries that break RFC 7946 or the editor's rules, each in one way. */
export const badGeometry = fc.oneof(
  fc.tuple(outOfRangeLng, lat).map(([x, y]) => ({ type: 'Point', coordinates: [x, y] })),
  fc.tuple(lng, outOfRangeLat).map(([x, y]) => ({ type: 'Point', coordinates: [x, y] })),
  fc.tuple(fc.constantFrom(Number.NaN, Infinity, -Infinity), lat).map(([x, y]) => ({ type: 'Point', coordinates: [x, y] })),
  fc.tuple(lng, lat).map(([x, y]) => ({ type: 'LineString', coordinates: [[x, y]] })),
  // An open ring: the last position differs from the first.
  fc.tuple(lng, lat, fc.double({ min: 0.1, max: 1, noNaN: true })).map(([x, y, d]) => ({
    type: 'Polygon',
    coordinates: [[[x, y], [x + d, y], [x + d, y + d], [x, y + d]]],
  })),
  // A bowtie: the ring crosses itself.
  fc.tuple(fc.double({ min: -170, max: 170, noNaN: true }), fc.double({ min: -80, max: 80, noNaN: true }), fc.double({ min: 0.1, max: 5, noNaN: true })).map(([x, y, d]) => ({
    type: 'Polygon',
    coordinates: [[[x, y], [x + d, y + d], [x + d, y], [x, y + d], [x, y]]],
  })),
  fc.constantFrom('Circle', 'Feature', 'GeometryCollection', '', 'point').map((type) => ({ type, coordinates: [0, 0] })),
  fc.tuple(fc.constantFrom('Point', 'LineString', 'Polygon'), wrongType).map(([type, coordinates]) => ({ type, coordinates })),
  fc.constant({ type: 'LineString', coordinates: Array.from({ length: MAX_VERTICES + 1 }, (_, i) => [(i % 300) - 150, ((i * 7) % 160) - 80]) }),
  wrongType,
);

const badDate = fc.oneof(fc.constantFrom('2024-13-01', '2024-02-30x', 'yesterday', '', '27/11/2024', '2024-11-27T25:00Z'), wrongType);
const hugeString = (min: number) => fc.integer({ min, max: min + 5000 }).map((n) => 'x'.repeat(n));

/** One field of a valid item replaced by a value that field must refuse. */
export const badItemField: fc.Arbitrary<[string, unknown]> = fc.oneof(
  fc.tuple(fc.constant('title'), fc.oneof(fc.constantFrom('', '   '), hugeString(201), wrongType, fc.constant([SCRIPT]))),
  fc.tuple(fc.constant('summary'), fc.oneof(hugeString(4001), wrongType)),
  fc.tuple(fc.constantFrom('kind', 'status', 'locationPrecision', 'datePrecision'), fc.oneof(fc.constantFrom('', 'parade', SCRIPT, 'STRIKE'), wrongType)),
  fc.tuple(fc.constant('geometry'), badGeometry),
  fc.tuple(fc.constantFrom('startDate', 'endDate', 'announcedAt'), badDate.filter((value) => value !== null)),
  fc.tuple(fc.constant('startDate'), fc.constant(null)),
  fc.tuple(fc.constant('endDate'), fc.constant('1999-01-01')),
  fc.tuple(fc.constant('actors'), fc.oneof(fc.constant(['']), fc.constant(['x'.repeat(121)]), fc.constant(Array(31).fill('a')), fc.string(), fc.integer())),
  fc.tuple(fc.constant('countries'), fc.oneof(fc.constant(['ukr']), fc.constant(['UKRAINE']), fc.constant([SCRIPT]), fc.string(), fc.constant(Array(51).fill('UKR')))),
  fc.tuple(
    fc.constant('excerptIds'),
    fc.oneof(fc.constant([]), fc.constant([0]), fc.constant([-1]), fc.constant([1.5]), fc.constant(['1']), fc.constant([2 ** 40]), wrongType),
  ),
);

/** As the API sees it: also excerpts that pass the schema but do not exist in the database. */
export const badItemFieldForApi: fc.Arbitrary<[string, unknown]> = fc.oneof(badItemField, fc.constant<[string, unknown]>(['excerptIds', [999_999]]));

/** Bad versions for edits, deletes and restores (never a whole positive 32-bit number). */
export const badVersion = fc.oneof(fc.constant(undefined), fc.constantFrom(0, -1, 1.5, 2 ** 40, '1', 'one', null), fc.dictionary(fc.string(), fc.jsonValue(), { maxKeys: 2 }));

/** One field of a valid new article replaced by a value it must refuse. */
export const badSourceField: fc.Arbitrary<[string, unknown]> = fc.oneof(
  fc.tuple(fc.constantFrom('title', 'outlet', 'text'), fc.oneof(fc.constantFrom('', '  '), wrongType)),
  fc.tuple(fc.constant('title'), hugeString(301)),
  fc.tuple(fc.constant('url'), fc.oneof(fc.constantFrom('javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'ftp://x', 'not a url', 'https://'), fc.integer())),
  fc.tuple(fc.constant('language'), fc.oneof(fc.constantFrom('', 'French', 'f', SCRIPT, 'EN'), wrongType)),
  fc.tuple(fc.constantFrom('publishedAt', 'reportedAt'), badDate.filter((value) => value !== null)),
);

/** Request bodies that are not JSON at all. */
export const malformedJson = fc.oneof(
  fc.string().map((text) => `{${text}`),
  fc.constantFrom('', '{', '{"title": }', "{'title': 'x'}", 'undefined', '{"coordinates": [1e999, 0]}', 'NaN', '[1,2,'),
);
