import type { Root } from 'mdast';
import type { Plugin } from 'unified';
import extractFigures from './extract-figures.ts';
import extractPeople from './extract-people.ts';
import extractPlaces from './extract-places.ts';
import extractQuotes from './extract-quotes.ts';

/**
 * Every claim collector, in the order they run. Each reads the tree and pushes claims onto
 * `file.data.claims`; people run first so that quotes and figures can resolve names.
 */
export const extractors: Plugin<[], Root>[] = [extractPeople, extractQuotes, extractFigures, extractPlaces];
