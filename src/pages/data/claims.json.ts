import type { APIRoute } from 'astro';
import { buildExport } from '../../site/export.ts';
import { loadSite } from '../../site/load-site.ts';
import { jsonFile } from '../../site/json-file.ts';

/** `/data/claims.json`: every story, article, claim and comparison, for people who reuse the data. */
export const GET: APIRoute = async () => jsonFile(buildExport(await loadSite()));
