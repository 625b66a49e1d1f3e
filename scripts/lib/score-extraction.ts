/**
 * Scores extracted claims against hand labels in the format of `tests/fixtures/gold/<story>.json`
 * (its `about` field describes the labels and the scoring rules this module implements).
 */
import type { Claim } from '../../src/lib/schemas.ts';

interface GoldQuote {
  speaker: string;
  text: string;
  line: number;
  partial?: boolean;
  optional?: boolean;
  speakerOptional?: boolean;
}
interface GoldFigure {
  value: number;
  qualifier: string;
  attribution?: string[] | null;
  line: number;
  optional?: boolean;
  unit?: string;
  subject?: string;
}
interface GoldArticle {
  quotes?: GoldQuote[];
  figures?: GoldFigure[];
  places?: string[];
  alsoOk?: [number, number][];
  precisionIgnoreLines?: number[];
}
/** The hand labels file. */
export interface Gold {
  articles: Record<string, GoldArticle>;
  places_coords: Record<string, [number, number]>;
}

/** One measured rate, with its counts so a failure message can say what was missed. */
export interface Rate {
  value: number;
  hits: number;
  total: number;
  misses: string[];
}

/** Every figure the quality bars name. */
export interface Scores {
  quoteRecall: Rate;
  speakerAccuracy: Rate;
  quotePrecision: Rate;
  figureRecall: Rate;
  qualifierAccuracy: Rate;
  attributionAccuracy: Rate;
  /** Labelled figures with no source (a null label) that were given none: any miss is an invented source. */
  noInventedSource: Rate;
  figurePrecision: Rate;
  placeRecall: Rate;
  placeCoords: Rate;
}

/** Folds curly quotes and apostrophes to straight ones and lower-cases, as the labels are written. */
export const foldText = (text: string) =>
  text
    .replace(/[“”„«»]/g, '"')
    .replace(/[‘’]/g, "'")
    .toLowerCase();

const rate = (hits: number, total: number, misses: string[]): Rate => ({
  value: total === 0 ? 1 : hits / total,
  hits,
  total,
  misses,
});

/** Scores the claims of the labelled articles; `claims` may hold other articles too. */
export function scoreExtraction(gold: Gold, claims: readonly Claim[]): Scores {
  const q = {
    found: 0,
    total: 0,
    speakerOk: 0,
    speakerTotal: 0,
    precHits: 0,
    precTotal: 0,
    miss: [] as string[],
    spkMiss: [] as string[],
    precMiss: [] as string[],
  };
  const f = {
    found: 0,
    total: 0,
    qualOk: 0,
    attrOk: 0,
    precHits: 0,
    precTotal: 0,
    miss: [] as string[],
    qualMiss: [] as string[],
    attrMiss: [] as string[],
    precMiss: [] as string[],
    nullTotal: 0,
    nullOk: 0,
    invented: [] as string[],
  };
  const p = { found: 0, total: 0, coordOk: 0, coordTotal: 0, miss: [] as string[], coordMiss: [] as string[] };

  for (const [articleId, labels] of Object.entries(gold.articles)) {
    const mine = claims.filter((claim) => claim.articleId === articleId);
    const quotes = mine.flatMap((claim) => (claim.kind === 'quote' ? [claim] : []));
    const figures = mine.flatMap((claim) => (claim.kind === 'figure' ? [claim] : []));
    const places = mine.flatMap((claim) => (claim.kind === 'place' ? [claim] : []));

    for (const label of labels.quotes ?? []) {
      const found = quotes.find((claim) => claim.line === label.line && foldText(claim.quote).includes(label.text));
      if (label.optional) continue;
      q.total++;
      if (!found) {
        q.miss.push(`${articleId}:${label.line} "${label.text}"`);
        continue;
      }
      q.found++;
      if (label.speakerOptional) continue;
      q.speakerTotal++;
      if (found.speaker?.toLowerCase().includes(label.speaker)) q.speakerOk++;
      else q.spkMiss.push(`${articleId}:${label.line} "${label.text}": ${found.speaker} (want ${label.speaker})`);
    }
    const ignored = new Set(labels.precisionIgnoreLines ?? []);
    for (const claim of quotes) {
      if (ignored.has(claim.line)) continue;
      q.precTotal++;
      const words = foldText(claim.quote);
      const ok = (labels.quotes ?? []).some(
        (label) => label.line === claim.line && (words.includes(label.text) || label.text.includes(words)),
      );
      if (ok) q.precHits++;
      else q.precMiss.push(`${articleId}:${claim.line} "${claim.quote}"`);
    }

    for (const label of labels.figures ?? []) {
      if (label.optional) continue;
      f.total++;
      const found = figures.find((claim) => claim.line === label.line && claim.value === label.value);
      if (!found) {
        f.miss.push(`${articleId}:${label.line} ${label.value}`);
        continue;
      }
      f.found++;
      if (found.qualifier === label.qualifier) f.qualOk++;
      else f.qualMiss.push(`${articleId}:${label.line} ${label.value}: ${found.qualifier} (want ${label.qualifier})`);
      const attribution = found.attribution?.toLowerCase() ?? null;
      if (label.attribution == null) {
        f.nullTotal++;
        if (attribution === null) f.nullOk++;
        else
          f.invented.push(
            `${articleId}:${label.line} ${label.value}: credited to ${found.attribution}, the text names no source`,
          );
      }
      const attrOk =
        label.attribution == null
          ? attribution === null
          : attribution !== null && label.attribution.some((key) => attribution.includes(key));
      if (attrOk) f.attrOk++;
      else
        f.attrMiss.push(
          `${articleId}:${label.line} ${label.value}: ${found.attribution} (want ${JSON.stringify(label.attribution)})`,
        );
    }
    const allowed = [...(labels.figures ?? []).map((label) => [label.line, label.value]), ...(labels.alsoOk ?? [])];
    for (const claim of figures) {
      f.precTotal++;
      if (allowed.some(([line, value]) => line === claim.line && value === claim.value)) f.precHits++;
      else f.precMiss.push(`${articleId}:${claim.line} ${claim.value} "${claim.text}"`);
    }

    for (const key of labels.places ?? []) {
      p.total++;
      const found = places.find((claim) => claim.name.toLowerCase().includes(key));
      if (!found) {
        p.miss.push(`${articleId}: ${key}`);
        continue;
      }
      p.found++;
      const want = gold.places_coords[key];
      if (!want) continue;
      p.coordTotal++;
      const near =
        found.lat !== null &&
        found.lon !== null &&
        Math.abs(found.lat - want[0]) <= 3 &&
        Math.abs(found.lon - want[1]) <= 3;
      if (near) p.coordOk++;
      else p.coordMiss.push(`${articleId}: ${key} at ${found.lat},${found.lon} (want ${want.join(',')})`);
    }
  }
  return {
    quoteRecall: rate(q.found, q.total, q.miss),
    speakerAccuracy: rate(q.speakerOk, q.speakerTotal, q.spkMiss),
    quotePrecision: rate(q.precHits, q.precTotal, q.precMiss),
    figureRecall: rate(f.found, f.total, f.miss),
    qualifierAccuracy: rate(f.qualOk, f.found, f.qualMiss),
    attributionAccuracy: rate(f.attrOk, f.found, f.attrMiss),
    noInventedSource: rate(f.nullOk, f.nullTotal, f.invented),
    figurePrecision: rate(f.precHits, f.precTotal, f.precMiss),
    placeRecall: rate(p.found, p.total, p.miss),
    placeCoords: rate(p.coordOk, p.coordTotal, p.coordMiss),
  };
}

/**
 * The bars from the extraction issue (issue 12): a score below its bar fails the tests. Recall and
 * accuracy bars are the issue's; precision bars are kept as they were; no invented source at all.
 */
export const BARS: Record<keyof Scores, number> = {
  quoteRecall: 0.95,
  speakerAccuracy: 0.95,
  quotePrecision: 0.9,
  figureRecall: 0.95,
  qualifierAccuracy: 0.95,
  attributionAccuracy: 0.9,
  noInventedSource: 1,
  figurePrecision: 0.85,
  placeRecall: 0.9,
  placeCoords: 1,
};

/** Every labelled comparison must form with its verdict. */
export const COMPARISON_BAR = 1;
