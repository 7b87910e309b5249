// npm run draft -- FILE --published YYYY-MM-DD [--lang fr|en]
// Prints the draft of an article (places, dates, proposed items) as JSON; offsets index the file's
// text as a JavaScript string. Bad input prints a clear message on stderr and exits 1; nothing is written.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { toApiError } from '../lib/api/errors';
import { draftArticle } from '../lib/draft/draft';
import type { DraftLanguage } from '../lib/draft/types';

const USAGE = 'Usage: npm run draft -- FILE --published YYYY-MM-DD [--lang fr|en]';

function main(): void {
  let parsed;
  try {
    parsed = parseArgs({ options: { published: { type: 'string' }, lang: { type: 'string' } }, allowPositionals: true });
  } catch (error) {
    throw new UsageError(`${(error as Error).message}\n${USAGE}`);
  }
  const { positionals, values } = parsed;
  if (positionals.length !== 1) throw new UsageError(USAGE);
  let text: string;
  try {
    text = readFileSync(positionals[0], 'utf8');
  } catch (error) {
    throw new UsageError(`Cannot read ${positionals[0]}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  // draftArticle validates everything with the schema the API uses (lib/draft/input.ts).
  const draft = draftArticle(text, { published: values.published ?? '', lang: values.lang as DraftLanguage | undefined });
  console.log(JSON.stringify(draft, null, 2));
}

class UsageError extends Error {}

try {
  main();
} catch (error) {
  const apiError = toApiError(error);
  // Bad input gets its message; a fault of the drafter itself gets its whole trace.
  console.error(error instanceof UsageError ? error.message : apiError.status < 500 ? apiError.message : error);
  process.exitCode = 1;
}
