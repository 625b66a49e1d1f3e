import type { Root } from 'mdast';
import type { Plugin } from 'unified';

/** Every claim collector, in the order they run. Each reads the tree and pushes onto `file.data.claims`. */
export const extractors: Plugin<[], Root>[] = [];
