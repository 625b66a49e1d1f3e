import { describe, expect, test } from 'vitest';
import type { PlaceClaim } from '../../src/lib/schemas.ts';
import { processArticle } from '../../src/pipeline/process-article.ts';
import { processStory } from '../../src/pipeline/process-story.ts';

const places = (claims: readonly { kind: string }[]) =>
  claims.filter((claim): claim is PlaceClaim => claim.kind === 'place');

describe('processStory', () => {
  const report = { id: 'report', text: 'Floods reach the city\nWater rose in Tripoli overnight, officials said.\n' };
  const neighbours = { id: 'neighbours', text: 'Convoys left Beirut and Sidon for the north.\n' };

  test('reads a name with the places that the story’s other articles name', () => {
    const alone = places(processArticle(report.id, report.text).claims).find((claim) => claim.text === 'Tripoli');
    const [first] = processStory([report, neighbours]);
    const together = places(first!.claims).find((claim) => claim.text === 'Tripoli');
    expect(alone?.lon).toBeCloseTo(13.2, 0); // Libya's capital, on its own
    expect(together?.lon).toBeCloseTo(35.8, 0); // the Lebanese city, beside Beirut and Sidon
  });

  test('keeps every claim id of an article, whatever the other articles are', () => {
    const ids = (claims: readonly { id: string }[]) => claims.map((claim) => claim.id).sort();
    const alone = processStory([report])[0]!.claims;
    const together = processStory([neighbours, report])[1]!.claims;
    expect(ids(together)).toEqual(ids(alone));
  });

  test('counts a town one article names alone when another article names its region', () => {
    const town = { id: 'town', text: 'Volunteers cleared roads in Hope on Sunday.\n' };
    const region = { id: 'region', text: 'Storms crossed Arkansas and reached Texarkana.\n' };
    expect(places(processStory([town])[0]!.claims)).toEqual([]);
    expect(places(processStory([town, region])[0]!.claims).map((claim) => claim.text)).toEqual(['Hope']);
  });
});
