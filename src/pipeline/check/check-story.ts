/**
 * The check stage, once per story: reads the story's primaries (figures, people), resolves
 * their speaker turns to the people the articles name, and checks every quote and figure of the
 * story's articles against them. Nothing reaches into another story.
 */
import type { Article, FigureCheck, Primary, PrimaryCheck, QuoteCheck } from '../../lib/schemas.ts';
import { nameKey, sameNameKey } from '../compare/compare-quotes.ts';
import { checkFigure, type PrimaryFigureEntry } from './check-figures.ts';
import { checkQuote, type CheckedPrimary, type SpeakerWords } from './check-quotes.ts';
import { indexSpeaker, type SpeakerTurn } from './find-passage.ts';
import { turnWords } from './passage-words.ts';
import { readPrimary, textPeople, titlePeople } from './read-primary.ts';
import { resolveSpeaker, type KnownPerson, type Speaker } from './resolve-speakers.ts';

/** What the check found for one story. */
export interface StoryCheck {
  /** The check of each quote and figure claim that has one, by claim id. */
  checks: Map<string, PrimaryCheck>;
  /** Per primary id, the speaker of each of its turns (null: a question, or no one we can tell). */
  speakers: Map<string, (Speaker | null)[]>;
  /** Per primary id and 0-based line, the ids of the claims whose check cites that line. */
  citations: Map<string, Map<number, string[]>>;
}

/** The articles as the check reads them. */
export type CheckedArticle = Pick<Article, 'id' | 'outlet' | 'published' | 'claims'>;

/** Everyone the story's articles name: people and quote speakers, with roles where given. */
function storyPeople(articles: readonly CheckedArticle[]): KnownPerson[] {
  const seen = new Set<string>();
  const people: KnownPerson[] = [];
  for (const article of articles)
    for (const claim of article.claims) {
      const person =
        claim.kind === 'person'
          ? { name: claim.name, role: claim.role }
          : claim.kind === 'quote' && claim.speaker !== null
            ? { name: claim.speaker, role: null }
            : null;
      if (person === null) continue;
      // Every quote of a speaker counts: the name used most is the one shown.
      const key = `${person.name}\u0000${person.role ?? ''}\u0000${claim.kind === 'quote' ? claim.id : ''}`;
      if (seen.has(key)) continue;
      seen.add(key);
      people.push({ ...person, from: 'story' });
    }
  return people;
}

/** Who speaks a primary with no speaker labels: the one person its title names, else its publisher. */
function statementSpeaker(
  primary: Primary,
  own: readonly KnownPerson[],
  people: readonly KnownPerson[],
): Speaker | null {
  const named = own.filter((person) => person.from === 'title');
  const first = named[0];
  if (
    first &&
    named.every((person) =>
      sameNameKey(resolveSpeaker(person.name, people)?.key ?? [], resolveSpeaker(first.name, people)?.key ?? []),
    )
  )
    return resolveSpeaker(first.name, people);
  return primary.publisher === null ? null : resolveSpeaker(primary.publisher, []);
}

function cite(citations: StoryCheck['citations'], check: QuoteCheck | FigureCheck, claimId: string): void {
  if (check.line === null) return;
  const lines = citations.get(check.primaryId) ?? new Map<number, string[]>();
  for (const { line } of [check, ...check.more]) lines.set(line, [...(lines.get(line) ?? []), claimId]);
  citations.set(check.primaryId, lines);
}

/** Checks a story's quotes and figures against its primaries. */
export function checkStory(articles: readonly CheckedArticle[], primaries: readonly Primary[]): StoryCheck {
  const people = storyPeople(articles);
  // Only the words of people some quote is credited to are indexed: a long transcript's other voices cost nothing.
  const quoted = articles.flatMap((article) =>
    article.claims.flatMap((claim) =>
      claim.kind === 'quote' && claim.speaker !== null ? [nameKey(claim.speaker)] : [],
    ),
  );
  const quotedCache = new Map<Speaker, boolean>();
  const isQuoted = (speaker: Speaker) => {
    let found = quotedCache.get(speaker);
    if (found === undefined) quotedCache.set(speaker, (found = quoted.some((key) => sameNameKey(key, speaker.key))));
    return found;
  };
  const speakers = new Map<string, (Speaker | null)[]>();
  const byPerson: { speaker: Speaker; turns: SpeakerTurn[] }[] = [];
  const figures: PrimaryFigureEntry[] = [];
  const checked = new Map<string, CheckedPrimary>();

  for (const primary of primaries) {
    const titled = titlePeople(primary.title);
    const statement = primary.statement ? statementSpeaker(primary, titled, people) : null;
    const labels = [
      ...new Set(primary.turns.flatMap((turn) => (turn.question || turn.label === null ? [] : [turn.label]))),
    ];
    let known = [...titled, ...people];
    let byLabel = new Map(labels.map((label) => [label, resolveSpeaker(label, known)]));
    // A name the title and the articles do not know may be told in full by the text ("my colleague, Admiral John Kirby").
    if ([...byLabel.values()].some((speaker) => speaker?.how === 'label')) {
      known = [...titled, ...textPeople(primary), ...people];
      byLabel = new Map(labels.map((label) => [label, resolveSpeaker(label, known)]));
    }
    const turnSpeakers = primary.turns.map((turn) =>
      turn.question ? null : turn.label === null ? statement : (byLabel.get(turn.label) ?? null),
    );
    speakers.set(primary.id, turnSpeakers);
    checked.set(primary.id, primary);
    const quotedTurns = primary.turns.flatMap((turn, index) => {
      const speaker = turnSpeakers[index];
      return speaker && isQuoted(speaker) ? [{ turn, index, speaker }] : [];
    });
    const reading = readPrimary(
      primary,
      new Set(quotedTurns.flatMap(({ turn }) => turn.pieces.map((piece) => piece.line))),
    );
    for (const { turn, index, speaker } of quotedTurns) {
      let entry = byPerson.find((other) => sameNameKey(other.speaker.key, speaker.key));
      if (!entry) byPerson.push((entry = { speaker, turns: [] }));
      const words = turnWords(primary.lines, turn.pieces, (line) => reading.tokens.get(line) ?? []);
      entry.turns.push({ primaryId: primary.id, turn: index, words });
    }
    for (const { figure, turn } of reading.figures)
      figures.push({ figure, primary, speaker: turnSpeakers[turn] ?? null });
  }

  const voices: SpeakerWords[] = byPerson.map(({ speaker, turns }) => ({ speaker, index: indexSpeaker(turns) }));
  const checks = new Map<string, PrimaryCheck>();
  const citations: StoryCheck['citations'] = new Map();
  for (const article of articles)
    for (const claim of article.claims) {
      const check =
        claim.kind === 'quote'
          ? checkQuote(claim, voices, checked, article.published)
          : claim.kind === 'figure'
            ? checkFigure(claim, article, figures)
            : undefined;
      if (check === undefined) continue;
      checks.set(claim.id, check);
      cite(citations, check, claim.id);
    }
  return { checks, speakers, citations };
}
