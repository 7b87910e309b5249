// Types for e2e/chromium-path.cjs.
interface ChromiumCandidate {
  /** Where the path came from, for messages: '$CHROMIUM_PATH', 'Debian chromium', ... */
  source: string;
  path: string | undefined;
}

type CandidateInput = ChromiumCandidate | string | undefined;

declare const SYSTEM_CHROMIUM: string;

/** Launch flags for headless Chromium on this offline machine. */
declare const CHROMIUM_ARGS: string[];

/** Playwright's own chromium path (may not be installed), or undefined if Playwright can't load. */
declare function playwrightChromiumPath(): string | undefined;

/** Lookup order: $CHROMIUM_PATH, /usr/bin/chromium, Playwright's own chromium. */
declare function chromiumCandidates(env?: NodeJS.ProcessEnv): ChromiumCandidate[];

declare function isExecutableFile(path: string | undefined): boolean;

/** First candidate that is an executable file, with its source. */
declare function resolveChromium(
  candidates?: CandidateInput[],
): { source: string; path: string } | undefined;

/** Path of the Chromium to launch, or undefined for Playwright's default. Sync; installs nothing. */
declare function findChromium(candidates?: CandidateInput[]): string | undefined;

export {
  type ChromiumCandidate,
  type CandidateInput,
  SYSTEM_CHROMIUM,
  CHROMIUM_ARGS,
  playwrightChromiumPath,
  chromiumCandidates,
  isExecutableFile,
  resolveChromium,
  findChromium,
};
