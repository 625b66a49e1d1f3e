import type { Root } from 'mdast';
import type { Plugin } from 'unified';

/** Collector: pushes quotes claims onto `file.data.claims`. (Not written yet.) */
const extractQuotes: Plugin<[], Root> = function () {
  return () => {};
};
export default extractQuotes;
