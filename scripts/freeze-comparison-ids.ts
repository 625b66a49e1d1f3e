/**
 * Records the comparison ids of the built site in content/comparison-ids.json, so that their
 * links keep working when articles are added, removed or renamed later: the build gives a
 * comparison the recorded id it shares most claims with. Ids no longer built stay recorded.
 * Usage: npm run build && npm run ids:freeze
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { FROZEN_IDS_FILE, readFrozenIds } from '../src/lib/frozen-ids-file.ts';

const exported = JSON.parse(readFileSync('dist/data/claims.json', 'utf8')) as { comparisons: { id: string; claimIds: string[] }[] };
const frozen: Record<string, readonly string[]> = { ...readFrozenIds() };
let added = 0;
for (const { id, claimIds } of exported.comparisons) {
  if (!(id in frozen)) added++;
  frozen[id] = [...new Set([...(frozen[id] ?? []), ...claimIds])].sort();
}
const sorted = Object.fromEntries(Object.entries(frozen).sort(([a], [b]) => (a < b ? -1 : 1)));
writeFileSync(FROZEN_IDS_FILE, `${JSON.stringify(sorted, null, 1)}\n`);
console.log(`${FROZEN_IDS_FILE}: ${Object.keys(sorted).length} comparison ids (${added} new)`);
