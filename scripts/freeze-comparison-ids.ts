/**
 * Records the comparison ids of the built site in content/comparison-ids.json, so that their
 * links keep working when articles are added, removed or renamed later: the build gives a
 * comparison the recorded id it shares most claims with. Ids no longer built stay recorded
 * with the claims no other comparison has taken.
 * Usage: npm run build && npm run ids:freeze
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { FROZEN_IDS_FILE, readFrozenIds } from '../src/lib/frozen-ids-file.ts';
import { recordIds } from '../src/pipeline/compare/frozen-ids.ts';

const exported = JSON.parse(readFileSync('dist/data/claims.json', 'utf8')) as {
  comparisons: { id: string; claimIds: string[] }[];
};
const before = readFrozenIds();
const after = recordIds(before, exported.comparisons);
const added = Object.keys(after).filter((id) => !(id in before)).length;
writeFileSync(FROZEN_IDS_FILE, `${JSON.stringify(after, null, 1)}\n`);
console.log(`${FROZEN_IDS_FILE}: ${Object.keys(after).length} comparison ids (${added} new)`);
