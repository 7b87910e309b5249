/**
 * Writes lib/generated/gazetteer.json, the drafter's gazetteer (lib/draft/gazetteer-build.ts): countries
 * and their adjectives, first-level subdivisions, 135 000 towns, seas, straits, islands and seats of power,
 * with every form each is written under, so the server reads one compact file instead of decoding the
 * packages. Run on `npm install` (postinstall), before anything imports it; offline.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildGazetteer } from '../lib/draft/gazetteer-build';

const file = path.join(process.cwd(), 'lib', 'generated', 'gazetteer.json');
const started = performance.now();
const { data, unresolved } = buildGazetteer();
mkdirSync(path.dirname(file), { recursive: true });
const json = JSON.stringify(data);
writeFileSync(file, json);
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(`${path.relative(process.cwd(), file)}: ${data.name.length} places, ${data.forms.place.length} forms, ${(json.length / 1e6).toFixed(1)} MB, ${seconds} s`);
if (unresolved.length) console.warn(`not found in the packages (see lib/draft/data/aliases.ts): ${unresolved.join(', ')}`);
