// npm run bench:draft [-- --json] [-- --runs=5] [-- --tune-only] [-- --article <tune or dev id>]
//
// Scores draftArticle on the gold set (lib/draft/gold: tune/, dev/ and heldout/, see its README) and on
// the seeded article's eight hand-made items, and times it per article once the gazetteer is loaded.
// Held-out articles are only ever reported as totals: `--article` refuses them, so nobody tunes on them;
// `--tune-only` leaves them out altogether and scores tune/ and dev/ (for working on the drafter).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { draftArticle } from '@/lib/draft/draft';
import { loadGazetteer } from '@/lib/draft/gazetteer';
import { goldIds, loadGoldArticle, loadGoldSplit, type GoldEntry, type GoldSplit } from '@/lib/draft/gold/load';
import { reproducedItems, scoreArticle, summariseTimings, totalScores, type ArticleScore, type Timing, type Totals } from '@/lib/draft/score';
import type { Draft } from '@/lib/draft/types';
import { ARTICLE, ARTICLE_FILE, SEED_ITEMS } from '@/prisma/seed/article';

/** The targets, met on the held-out half. */
const TARGETS = { f1: 0.9, placedRight: 0.85, dateAccuracy: 0.9, eventRecall: 0.7, meanMs: 200 };
const SEED_TARGET = 5;

function option(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  if (index >= 0) return process.argv[index + 1];
  return process.argv.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3);
}

const asJson = process.argv.includes('--json');
const runs = Number(option('runs') ?? '5');
const articleId = option('article');
const splits: GoldSplit[] = process.argv.includes('--tune-only') ? ['tune', 'dev'] : ['tune', 'dev', 'heldout'];
/** The splits whose articles may be looked at one by one. */
const OPEN_SPLITS = ['tune', 'dev'] as const;

const draftOf = ({ text, gold }: GoldEntry): Draft => draftArticle(text, { published: gold.published, lang: gold.lang });

function time<T>(work: () => T): [T, number] {
  const start = performance.now();
  const result = work();
  return [result, performance.now() - start];
}

interface SplitResult {
  split: GoldSplit;
  totals: Totals;
  timing: Timing;
  articles: ArticleScore[];
}

/** Scores each article of a split, then times `runs` rounds of drafting all of them. */
function benchSplit(split: GoldSplit): SplitResult {
  const entries = loadGoldSplit(split);
  const articles = entries.map((entry) => scoreArticle(entry.gold, draftOf(entry)));
  const timings: number[] = [];
  for (let round = 0; round < runs; round++) for (const entry of entries) timings.push(time(() => draftOf(entry))[1]);
  return { split, totals: totalScores(articles), timing: summariseTimings(timings), articles };
}

function seedResult() {
  const text = fs.readFileSync(path.join(process.cwd(), 'prisma', 'seed', ARTICLE_FILE), 'utf8');
  const draft = draftArticle(text, { published: ARTICLE.reportedAt, lang: ARTICLE.language });
  const reproduced = reproducedItems(SEED_ITEMS, draft.proposals);
  return {
    published: ARTICLE.reportedAt,
    proposals: draft.proposals.length,
    reproduced: reproduced.filter(Boolean).length,
    items: SEED_ITEMS.map((item, i) => ({ title: item.title, kind: item.kind, startDate: item.startDate, reproduced: reproduced[i] })),
  };
}

const pct = (value: number) => (Number.isNaN(value) ? '–' : value.toFixed(2));
const ms = (value: number) => (Number.isNaN(value) ? '–' : value.toFixed(1));
const verdict = (ok: boolean) => (ok ? 'met' : 'NOT met');

type Row = [measure: string, value: (r: SplitResult) => string, target?: (heldout: SplitResult) => string];

const ROWS: Row[] = [
  ['articles', (r) => String(r.totals.articles)],
  ['gold places / predicted', (r) => `${r.totals.goldPlaces} / ${r.totals.predictedPlaces}`],
  ['toponym precision', (r) => pct(r.totals.precision)],
  ['toponym recall', (r) => pct(r.totals.recall)],
  ['toponym F1', (r) => pct(r.totals.f1), (h) => `≥ ${TARGETS.f1}: ${verdict(h.totals.f1 >= TARGETS.f1)}`],
  ['placed right (of all gold places)', (r) => pct(r.totals.placedRight), (h) => `≥ ${TARGETS.placedRight}: ${verdict(h.totals.placedRight >= TARGETS.placedRight)}`],
  ['placed right (of the places found)', (r) => pct(r.totals.placedRightOfFound)],
  ['date accuracy (gold dates)', (r) => `${pct(r.totals.dateAccuracy)} (${r.totals.goldDates})`, (h) => `≥ ${TARGETS.dateAccuracy}: ${verdict(h.totals.dateAccuracy >= TARGETS.dateAccuracy)}`],
  ['event recall (gold events)', (r) => `${pct(r.totals.eventRecall)} (${r.totals.goldEvents})`, (h) => `≥ ${TARGETS.eventRecall}: ${verdict(h.totals.eventRecall >= TARGETS.eventRecall)}`],
  ['proposals', (r) => String(r.totals.proposals)],
  ['ms per article, mean', (r) => ms(r.timing.mean), (h) => `< ${TARGETS.meanMs}: ${verdict(h.timing.mean < TARGETS.meanMs)}`],
  ['ms per article, p95', (r) => ms(r.timing.p95)],
];

/** One column per split; the targets column when the held-out half was run. */
function printTotals(results: SplitResult[]): void {
  const heldout = results.find((r) => r.split === 'heldout');
  const header = ['measure', ...results.map((r) => (r.split === 'heldout' ? 'held-out' : r.split)), ...(heldout ? ['target (held-out)'] : [])];
  console.log(`| ${header.join(' | ')} |`);
  console.log(`|---|${results.map(() => '---:|').join('')}${heldout ? '---|' : ''}`);
  for (const [measure, value, target] of ROWS) {
    const cells = [measure, ...results.map(value), ...(heldout ? [target ? target(heldout) : ''] : [])];
    console.log(`| ${cells.join(' | ')} |`);
  }
}

function printOpenArticles(open: SplitResult[]): void {
  console.log('\nTune and dev articles (held-out ones are reported as totals only):\n');
  console.log('| article | places found / gold | false positives | placed right | dates right / gold | events found / gold | proposals |');
  console.log('|---|---:|---:|---:|---:|---:|---:|');
  for (const a of open.flatMap((r) => r.articles)) {
    console.log(
      `| ${a.id} | ${a.places.matched} / ${a.places.gold} | ${a.places.falsePositives.length} | ${a.places.placedRight} | ` +
        `${a.dates.correct} / ${a.dates.gold} | ${a.events.found} / ${a.events.gold} | ${a.events.proposals} |`,
    );
  }
}

function printArticle(id: string): void {
  if (goldIds('heldout').includes(id)) {
    console.error(`${id} is a held-out article: its details are never shown, so that nobody tunes on it. Use a tune article.`);
    process.exit(2);
  }
  const split = OPEN_SPLITS.find((s) => goldIds(s).includes(id));
  if (!split) {
    console.error(`No tune or dev article "${id}". Articles: ${OPEN_SPLITS.flatMap((s) => goldIds(s)).join(', ')}`);
    process.exit(1);
  }
  const entry = loadGoldArticle(split, id);
  const draft = draftOf(entry);
  const score = scoreArticle(entry.gold, draft);
  const at = (span: { start: number; end: number; text: string }) => `"${span.text}" @${span.start}`;
  console.log(`# ${id} (${entry.gold.lang}, published ${entry.gold.published})\n`);
  console.log(`Places: ${score.places.matched} of ${score.places.gold} found, ${score.places.placedRight} placed right, ${score.places.falsePositives.length} false positives`);
  for (const miss of score.places.misses) console.log(`  missed      ${at(miss)} = ${miss.name} (${miss.kind})`);
  for (const fp of score.places.falsePositives) console.log(`  not a place ${at(fp)} read as ${fp.name} (${fp.kind}, ${fp.via})`);
  for (const { gold, predicted, km } of score.places.misplaced) console.log(`  misplaced   ${at(gold)}: ${predicted.name} (${predicted.kind}) is ${km} km from ${gold.name} (${gold.kind})`);
  console.log(`\nDates: ${score.dates.correct} of ${score.dates.gold} right`);
  for (const { gold, predicted } of score.dates.wrong) {
    const read = predicted ? `read ${predicted.date} (${predicted.precision}) from ${at(predicted)}` : 'not found';
    console.log(`  wrong       ${at(gold)} is ${gold.date} (${gold.precision}): ${read}`);
  }
  for (const extra of score.dates.extra) console.log(`  not a date  ${at(extra)} read as ${extra.date} (${extra.precision})`);
  console.log(`\nEvents: ${score.events.found} of ${score.events.gold} found among ${score.events.proposals} proposals`);
  for (const event of score.events.missed) {
    const sentence = entry.text.slice(event.sentence.start, event.sentence.end);
    console.log(`  missed      ${event.kind} ${event.date} (${event.datePrecision}) at ${event.lat},${event.lon} (${event.placeKind}): ${event.title}\n              «${sentence}»`);
  }
  console.log('\nProposals:');
  for (const p of draft.proposals) {
    const where = JSON.stringify(p.geometry.type === 'GeometryCollection' ? p.geometry.type : p.geometry.coordinates).slice(0, 80);
    console.log(`  ${p.kind} ${p.startDate ?? 'undated'} (${p.datePrecision}) ${p.geometry.type} ${where} — "${p.excerpt.text.slice(0, 70)}…"`);
  }
}

function main(): void {
  const [gazetteer, loadMs] = time(() => loadGazetteer());
  if (articleId) {
    printArticle(articleId);
    return;
  }
  // Warm-up: one untimed pass, so that timings measure drafting, not the first compilation of the code.
  for (const split of splits) loadGoldSplit(split).forEach(draftOf);
  const results = splits.map(benchSplit);
  const seed = seedResult();
  const machine = { cpus: os.cpus().length, loadAverage: os.loadavg().map((l) => Number(l.toFixed(2))), node: process.version };
  const gazetteerInfo = { loadMs: Math.round(loadMs), ...gazetteer.size, heapMb: Math.round(process.memoryUsage().heapUsed / 1e6) };
  if (asJson) {
    const strip = ({ split, totals, timing }: SplitResult) => ({ split, totals, timing });
    console.log(JSON.stringify({ runs, machine, gazetteer: gazetteerInfo, ...Object.fromEntries(results.map((r) => [r.split, strip(r)])), seed }, null, 2));
    return;
  }
  console.log(`Drafter benchmark: ${runs} timed runs per article after one warm-up pass; node ${machine.node}, ${machine.cpus} CPUs, load average ${machine.loadAverage.join(' ')}`);
  console.log(`Gazetteer: ${gazetteerInfo.places} places, ${gazetteerInfo.forms} forms, loaded in ${gazetteerInfo.loadMs} ms (heap ${gazetteerInfo.heapMb} MB after the run)\n`);
  printTotals(results);
  printOpenArticles(results.filter((r) => r.split !== 'heldout'));
  console.log(`\nSeeded article (prisma/seed/${ARTICLE_FILE}, published ${seed.published}): ${seed.reproduced} of ${seed.items.length} hand-made items reproduced by ${seed.proposals} proposals (target ≥ ${SEED_TARGET}: ${verdict(seed.reproduced >= SEED_TARGET)})`);
  for (const item of seed.items) console.log(`  ${item.reproduced ? 'yes' : 'no '} ${item.kind} ${item.startDate} ${item.title}`);
}

main();
