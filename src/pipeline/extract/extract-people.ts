import type { Root } from 'mdast';
import type { Plugin } from 'unified';

/** Collector: pushes people claims onto `file.data.claims`. (Not written yet.) */
const extractPeople: Plugin<[], Root> = function () {
  return () => {};
};
export default extractPeople;
