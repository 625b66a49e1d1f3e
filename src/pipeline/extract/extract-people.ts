import type { Root } from 'mdast';
import type { Plugin } from 'unified';
import type { Claim } from '../../lib/schemas.ts';
import { textBlocks } from './blocks.ts';
import { claimIdFactory } from './claim-id.ts';
import { findIntroductions } from './people/find-introductions.ts';
import { findMentions } from './people/find-mentions.ts';
import { nameLine } from './people/name-words.ts';
import { buildRoster } from './people/roster.ts';

// In a title-case headline ("Defense Secretary Warns of North Korean Troops") every word looks
// like a name; such a line has no lower-case word of four letters or more.
const TITLE_CASE = /^(?!.*(?:^|[^\p{L}])\p{Ll}{4,}).*$/u;
const HEADINGS = new Set(['headline', 'heading', 'subheading']);

/**
 * Collector: finds the named people of an article (introduced with a title, an appositive role
 * or as a named speaker), stores them as `file.data.people` for the quotes collector, and pushes
 * one person claim per mention, named with the fullest form the article gives.
 */
const extractPeople: Plugin<[], Root> = function () {
  return (tree, file) => {
    const blocks = textBlocks(tree).filter((block) => block.role !== 'boilerplate' && !block.duplicate);
    const lines = blocks.map(nameLine);
    const introductions = lines
      .filter((_, index) => !(HEADINGS.has(blocks[index]!.role) && TITLE_CASE.test(blocks[index]!.text)))
      .flatMap(findIntroductions);
    const people = buildRoster(introductions);
    findMentions(people, lines);
    file.data.people = people;

    const articleId = file.data.articleId ?? '';
    const nextId = claimIdFactory(articleId);
    const claims: Extract<Claim, { kind: 'person' }>[] = people
      .flatMap((person) => person.mentions.map((mention) => ({ person, mention })))
      .sort((a, b) => a.mention.line - b.mention.line || a.mention.start - b.mention.start)
      .map(({ person, mention }) => ({
        id: nextId('person', mention.text),
        articleId,
        kind: 'person',
        text: mention.text,
        line: mention.line,
        start: mention.start,
        end: mention.end,
        name: person.name,
        role: person.role,
      }));
    (file.data.claims ??= []).push(...claims);
  };
};
export default extractPeople;
