import type { APIRoute, GetStaticPaths } from 'astro';
import { buildExport } from '../../../site/export.ts';
import { loadSite } from '../../../site/load-site.ts';
import type { Story } from '../../../site/story.ts';
import { jsonFile } from '../../../site/json-file.ts';

export const getStaticPaths = (async () =>
  (await loadSite()).stories.map((story) => ({
    params: { story: story.id },
    props: { story },
  }))) satisfies GetStaticPaths;

/** `/data/stories/<story>.json`: one story's part of the export, in the same shape. */
export const GET: APIRoute<{ story: Story }> = async ({ props }) =>
  jsonFile(buildExport(await loadSite(), props.story));
