// Routes that read a view from the query string refuse parameters they do not know: a misspelt
// filter would otherwise widen the view silently.
import { InvalidInputError } from '@/lib/errors';

export function assertKnownParams(params: URLSearchParams, known: readonly string[]): void {
  const unknown = [...new Set(params.keys())].filter((name) => !known.includes(name));
  if (unknown.length === 0) return;
  throw new InvalidInputError(
    `Unknown parameter${unknown.length > 1 ? 's' : ''} ${unknown.join(', ')}: this address takes ${known.join(', ')}`,
    Object.fromEntries(unknown.map((name) => [name, [`${name} is not a parameter of this address`]])),
  );
}
