import type { Root } from 'mdast';
import type { Plugin } from 'unified';

/** Collector: pushes places claims onto `file.data.claims`. (Not written yet.) */
const extractPlaces: Plugin<[], Root> = function () {
  return () => {};
};
export default extractPlaces;
