// The OpenAPI 3.0 definition of the OGC API (pure). Parameters, limits and collection ids come from the
// same constants the parsers and documents use, so the definition cannot drift from the behaviour.
import { ITEM_KINDS, ITEM_STATUSES, LOCATION_PRECISIONS, DATE_PRECISIONS } from '@/lib/items/kinds';
import { SUPPORT_LEVELS } from '@/lib/sources/support';
import { COLLECTIONS } from './collections';
import { GEOJSON_TYPE, JSON_TYPE, OPENAPI_TYPE } from './documents';
import { DEFAULT_LIMIT, MAX_LIMIT } from './params';

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const param = (name: string) => ({ $ref: `#/components/parameters/${name}` });
const json = (schema: object, type = JSON_TYPE) => ({ content: { [type]: { schema } } });
const errors = {
  '400': { description: 'A parameter is invalid or unknown; the error names it.', ...json(ref('error')) },
  '404': { description: 'No such collection or feature.', ...json(ref('error')) },
};

export function openApiDocument(base: string) {
  return {
    openapi: '3.0.3',
    info: {
      title: 'Sitmap OGC API – Features',
      version: '1.0.0',
      description:
        'Situation map items as OGC API – Features (Part 1: Core, GeoJSON, OpenAPI 3.0). Every item carries the article excerpts it is taken from.',
    },
    servers: [{ url: base }],
    paths: {
      '/': {
        get: {
          operationId: 'getLandingPage',
          summary: 'Landing page',
          parameters: [param('f')],
          responses: { '200': { description: 'Links to the API definition, conformance and collections.', ...json(ref('landingPage')) }, ...errors },
        },
      },
      '/conformance': {
        get: {
          operationId: 'getConformance',
          summary: 'Conformance classes this API implements',
          parameters: [param('f')],
          responses: { '200': { description: 'The conformance classes.', ...json(ref('confClasses')) }, ...errors },
        },
      },
      '/api': {
        get: {
          operationId: 'getApi',
          summary: 'This API definition',
          parameters: [param('f')],
          responses: { '200': { description: 'OpenAPI 3.0 definition.', content: { [OPENAPI_TYPE]: {} } } },
        },
      },
      '/collections': {
        get: {
          operationId: 'getCollections',
          summary: 'The feature collections',
          parameters: [param('f')],
          responses: { '200': { description: 'Every collection with its extent.', ...json(ref('collections')) }, ...errors },
        },
      },
      '/collections/{collectionId}': {
        get: {
          operationId: 'describeCollection',
          summary: 'One collection',
          parameters: [param('collectionId'), param('f')],
          responses: { '200': { description: 'The collection with its extent.', ...json(ref('collection')) }, ...errors },
        },
      },
      '/collections/{collectionId}/items': {
        get: {
          operationId: 'getFeatures',
          summary: 'Items of a collection, filtered by bbox and datetime, by date, paged',
          parameters: [param('collectionId'), param('bbox'), param('datetime'), param('source'), param('support'), param('limit'), param('offset'), param('f')],
          responses: { '200': { description: 'A page of features with paging links.', ...json(ref('featureCollection'), GEOJSON_TYPE) }, ...errors },
        },
      },
      '/collections/{collectionId}/items/{featureId}': {
        get: {
          operationId: 'getFeature',
          summary: 'One item',
          parameters: [param('collectionId'), param('featureId'), param('f')],
          responses: { '200': { description: 'The feature.', ...json(ref('feature'), GEOJSON_TYPE) }, ...errors },
        },
      },
    },
    components: {
      parameters: {
        collectionId: {
          name: 'collectionId',
          in: 'path',
          required: true,
          description: `"items" for every item, or one kind: ${ITEM_KINDS.join(', ')}.`,
          schema: { type: 'string', enum: COLLECTIONS.map((c) => c.id) },
        },
        featureId: { name: 'featureId', in: 'path', required: true, description: 'The item id.', schema: { type: 'integer', minimum: 1 } },
        bbox: {
          name: 'bbox',
          in: 'query',
          required: false,
          description: 'minLon,minLat,maxLon,maxLat in CRS84 (or 6 numbers with heights, which are ignored). minLon > maxLon crosses the antimeridian.',
          style: 'form',
          explode: false,
          schema: { type: 'array', minItems: 4, maxItems: 6, items: { type: 'number' } },
        },
        datetime: {
          name: 'datetime',
          in: 'query',
          required: false,
          description:
            'An RFC 3339 instant (2024-11-21T12:00:00Z) or interval (2024-11-01T00:00:00Z/2024-11-30T23:59:59Z), open ends as "..". Items are dated by whole UTC days; an item matches when one of its days meets the instant or interval.',
          schema: { type: 'string' },
        },
        source: {
          name: 'source',
          in: 'query',
          required: false,
          description: 'Article ids (GET /api/sources): only items citing any of them.',
          style: 'form',
          explode: false,
          schema: { type: 'array', items: { type: 'integer', minimum: 1 } },
        },
        support: {
          name: 'support',
          in: 'query',
          required: false,
          description:
            'Only items of this support: corroborated (two or more outlets), single-source (one outlet), one-party (only one party\'s own statements).',
          schema: { type: 'string', enum: [...SUPPORT_LEVELS] },
        },
        limit: {
          name: 'limit',
          in: 'query',
          required: false,
          description: `Items per page (default ${DEFAULT_LIMIT}, at most ${MAX_LIMIT}).`,
          style: 'form',
          explode: false,
          schema: { type: 'integer', minimum: 1, maximum: MAX_LIMIT, default: DEFAULT_LIMIT },
        },
        offset: {
          name: 'offset',
          in: 'query',
          required: false,
          description: 'Items to skip (the paging links set it).',
          schema: { type: 'integer', minimum: 0, default: 0 },
        },
        f: { name: 'f', in: 'query', required: false, description: 'Output format: json only.', schema: { type: 'string', enum: ['json'] } },
      },
      schemas: {
        link: {
          type: 'object',
          required: ['href', 'rel'],
          properties: { href: { type: 'string' }, rel: { type: 'string' }, type: { type: 'string' }, title: { type: 'string' } },
        },
        links: { type: 'array', items: ref('link') },
        landingPage: { type: 'object', required: ['links'], properties: { title: { type: 'string' }, description: { type: 'string' }, links: ref('links') } },
        confClasses: { type: 'object', required: ['conformsTo'], properties: { conformsTo: { type: 'array', items: { type: 'string' } } } },
        collection: {
          type: 'object',
          required: ['id', 'links'],
          properties: {
            id: { type: 'string' },
            title: { type: 'string' },
            description: { type: 'string' },
            itemType: { type: 'string' },
            crs: { type: 'array', items: { type: 'string' } },
            extent: { type: 'object' },
            links: ref('links'),
          },
        },
        collections: { type: 'object', required: ['links', 'collections'], properties: { links: ref('links'), collections: { type: 'array', items: ref('collection') } } },
        itemProperties: {
          type: 'object',
          properties: {
            id: { type: 'integer' },
            title: { type: 'string' },
            summary: { type: 'string' },
            kind: { type: 'string', enum: [...ITEM_KINDS] },
            status: { type: 'string', enum: [...ITEM_STATUSES] },
            locationPrecision: { type: 'string', enum: [...LOCATION_PRECISIONS] },
            startDate: { type: 'string', format: 'date' },
            endDate: { type: 'string', format: 'date', nullable: true },
            datePrecision: { type: 'string', enum: [...DATE_PRECISIONS] },
            announcedAt: { type: 'string', format: 'date', nullable: true },
            actors: { type: 'array', items: { type: 'string' } },
            countries: { type: 'array', items: { type: 'string', description: 'ISO 3166-1 alpha-3' } },
            version: { type: 'integer' },
            excerpts: {
              type: 'array',
              description: 'Verbatim spans of the source article: text === source.text.slice(start, end).',
              items: {
                type: 'object',
                properties: {
                  id: { type: 'integer' },
                  sourceId: { type: 'integer' },
                  start: { type: 'integer' },
                  end: { type: 'integer' },
                  text: { type: 'string' },
                  language: { type: 'string' },
                  sourceTitle: { type: 'string' },
                  outlet: { type: 'string' },
                  publishedAt: { type: 'string', format: 'date', nullable: true },
                  attribution: { type: 'string', nullable: true, description: 'Whose own statement the quote reports; null for the outlet\'s own reporting.' },
                },
              },
            },
            sourceIds: { type: 'array', items: { type: 'integer' } },
            outlets: { type: 'array', items: { type: 'string' } },
            support: {
              type: 'object',
              properties: {
                sources: { type: 'integer' },
                outlets: { type: 'integer' },
                level: { type: 'string', enum: [...SUPPORT_LEVELS] },
              },
            },
          },
        },
        feature: {
          type: 'object',
          required: ['type', 'geometry', 'properties'],
          properties: {
            type: { type: 'string', enum: ['Feature'] },
            id: { type: 'integer' },
            bbox: { type: 'array', items: { type: 'number' } },
            geometry: { type: 'object', description: 'GeoJSON geometry (RFC 7946).' },
            properties: ref('itemProperties'),
            links: ref('links'),
          },
        },
        featureCollection: {
          type: 'object',
          required: ['type', 'features'],
          properties: {
            type: { type: 'string', enum: ['FeatureCollection'] },
            features: { type: 'array', items: ref('feature') },
            numberMatched: { type: 'integer', minimum: 0 },
            numberReturned: { type: 'integer', minimum: 0 },
            timeStamp: { type: 'string', format: 'date-time' },
            links: ref('links'),
          },
        },
        error: {
          type: 'object',
          required: ['error'],
          properties: {
            error: {
              type: 'object',
              properties: {
                code: { type: 'string' },
                message: { type: 'string' },
                fields: { type: 'object', additionalProperties: { type: 'array', items: { type: 'string' } } },
              },
            },
          },
        },
      },
    },
  };
}
