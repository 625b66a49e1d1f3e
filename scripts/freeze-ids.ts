/**
 * Records the ids of the built site as published, so that their links keep working later:
 * comparison ids with their claims in content/comparison-ids.json (a later build gives a
 * comparison the recorded id it shares most claims with), and claim ids with their article and
 * line in content/claim-ids.json (a claim no longer found still leads to its line). Ids no
 * longer built stay recorded.
 * Usage: npm run build && npm run ids:freeze
 */
import { readFileSync, writeFileSync } from 'node:fs';
import type { ExportDocument } from '../src/lib/export-schema.ts';
import { recordIds } from '../src/pipeline/compare/frozen-ids.ts';
import {
  CLAIM_IDS_FILE,
  FROZEN_IDS_FILE,
  readFrozenIds,
  readPublishedClaims,
  recordClaims,
} from '../src/site/published-ids.ts';

const exported = JSON.parse(readFileSync('dist/data/claims.json', 'utf8')) as ExportDocument;
const comparisonsBefore = readFrozenIds();
const comparisons = recordIds(comparisonsBefore, exported.comparisons);
writeFileSync(FROZEN_IDS_FILE, `${JSON.stringify(comparisons, null, 1)}\n`);
const claimsBefore = readPublishedClaims();
const claims = recordClaims(claimsBefore, exported.claims);
writeFileSync(CLAIM_IDS_FILE, `${JSON.stringify(claims, null, 1)}\n`);
const added = (after: object, before: object) => Object.keys(after).filter((id) => !(id in before)).length;
console.log(
  `${FROZEN_IDS_FILE}: ${Object.keys(comparisons).length} comparison ids (${added(comparisons, comparisonsBefore)} new)`,
);
console.log(`${CLAIM_IDS_FILE}: ${Object.keys(claims).length} claim ids (${added(claims, claimsBefore)} new)`);
