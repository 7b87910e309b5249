// Conditional GET for feeds (pure): a reader that sends back the ETag or the Last-Modified date it
// got is answered 304 when nothing changed. If-None-Match wins over If-Modified-Since (RFC 9110 13.2.2).

/** HTTP dates have whole seconds. */
const toSecond = (date: Date) => Math.floor(date.getTime() / 1000);

function etagMatches(header: string, etag: string): boolean {
  const weakless = (tag: string) => tag.trim().replace(/^W\//, '');
  return header.split(',').some((tag) => tag.trim() === '*' || weakless(tag) === weakless(etag));
}

export function isNotModified(headers: Headers, etag: string, lastModified: Date): boolean {
  const ifNoneMatch = headers.get('if-none-match');
  if (ifNoneMatch !== null) return etagMatches(ifNoneMatch, etag);
  const ifModifiedSince = headers.get('if-modified-since');
  if (ifModifiedSince === null) return false;
  const since = new Date(ifModifiedSince);
  return !Number.isNaN(since.getTime()) && toSecond(lastModified) <= toSecond(since);
}
