import { describe, expect, test } from 'vitest';
import { checkStory } from '../../../src/pipeline/check/check-story.ts';
import type { QuoteCheck } from '../../../src/lib/schemas.ts';
import { articleOf, primaryOf, quoteClaim } from '../../support/primary-fixtures.ts';

const BRIEFING = [
  'Briefing on the harbour',
  'MS. OKAFOR:  Good morning.  We have to reopen the north quay this week.  Ships are waiting in the bay.  Crews are tired.  This cannot wait.',
  'We — we are bringing in two cranes, and we’re seeing them assembled on the pier as we speak.',
  'Q    Will the south quay reopen?  Who pays for the cranes?',
  'MS. OKAFOR:  Not yet.  (Laughter.)  The south quay stays closed.',
].join('\n');
const briefing = primaryOf('briefing', BRIEFING, { title: 'Briefing by Port Minister Anna Okafor' });

function check(quote: string, speaker: string | null = 'Anna Okafor', primaries = [briefing]): QuoteCheck | undefined {
  const claim = quoteClaim(speaker, quote);
  return checkStory([articleOf([claim])], primaries).checks.get(claim.id) as QuoteCheck | undefined;
}

describe('checking quotes against what the speaker said', () => {
  test('finds a quote verbatim, case, quote marks and punctuation aside, and points at the exact passage', () => {
    const found = check('we have to reopen the north quay this week');
    expect(found).toMatchObject({ verdict: 'verbatim', primaryId: 'briefing', line: 1, speaker: 'Anna Okafor' });
    expect(BRIEFING.split('\n')[found!.line!]!.slice(found!.start!, found!.end!)).toBe(found!.text);
    expect(found!.text).toBe('We have to reopen the north quay this week.');
  });

  test('reads a spoken repair and a stage note as not said, so a cleaned-up quote is still verbatim', () => {
    expect(check('We are bringing in two cranes')?.verdict).toBe('verbatim');
    expect(check('Not yet. The south quay stays closed.')?.verdict).toBe('verbatim');
  });

  test('calls a changed ending a variant and says what changed', () => {
    const found = check('we are bringing in two cranes, and we’re seeing them assemble it on the pier');
    expect(found?.verdict).toBe('variant');
    const diff = found?.verdict === 'variant' ? found.diff : [];
    expect(diff.filter((part) => part.op !== 'same')).toEqual([
      { op: 'changed', primary: 'assembled', quote: 'assemble it' },
    ]);
    expect(found?.note).toContain('“assembled” becomes “assemble it”');
  });

  test('calls two sentences joined without an ellipsis a variant, and says which sentences were left out', () => {
    const found = check('Ships are waiting in the bay. This cannot wait.');
    expect(found?.verdict).toBe('variant');
    const diff = found?.verdict === 'variant' ? found.diff : [];
    expect(diff.map((part) => part.op)).toEqual(['same', 'joined', 'same']);
    expect(diff[1]!.primary).toBe('Crews are tired.');
  });

  test('takes an omission marked with an ellipsis as the outlet’s due, and keeps the quote verbatim', () => {
    expect(check('Ships are waiting in the bay … This cannot wait.')?.verdict).toBe('verbatim');
  });

  test('says what the outlet inserted in brackets and what it dropped', () => {
    const found = check('we have to reopen the [northern] quay');
    expect(found?.verdict).toBe('variant');
    const dropped = check('we have to reopen the quay this week');
    expect(dropped?.verdict === 'variant' && dropped.diff.find((part) => part.op === 'dropped')).toMatchObject({
      primary: 'north',
    });
  });

  test('reports a quote the speaker’s words do not hold as not found, and never as not said when the transcript is partial', () => {
    const complete = check('the harbour will be dredged next spring');
    expect(complete).toMatchObject({ verdict: 'not-found', partial: false, line: null, searched: ['briefing'] });
    expect(complete?.note).toBe('Not in the transcript: the speaker may have said it elsewhere.');
    const partial = check('the harbour will be dredged next spring', 'Anna Okafor', [{ ...briefing, partial: true }]);
    expect(partial).toMatchObject({ verdict: 'not-found', partial: true });
    expect(partial?.note).toContain('Not in the part of the transcript we have');
  });

  test('never finds a quote in a reporter’s question', () => {
    expect(check('Who pays for the cranes?')?.verdict).toBe('not-found');
  });

  test('gives no verdict to a quote whose speaker has no words in any primary, or who is not named', () => {
    expect(check('Good morning.', 'Marta Lind')).toBeUndefined();
    expect(check('Good morning.', null)).toBeUndefined();
  });
});
