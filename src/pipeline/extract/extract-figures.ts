import type { Root } from 'mdast';
import type { Plugin } from 'unified';

/** Collector: pushes figures claims onto `file.data.claims`. (Not written yet.) */
const extractFigures: Plugin<[], Root> = function () {
  return () => {};
};
export default extractFigures;
