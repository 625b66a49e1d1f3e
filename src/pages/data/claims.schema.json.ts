import type { APIRoute } from 'astro';
import { exportJsonSchema } from '../../lib/export-schema.ts';
import { jsonFile } from '../../site/json-file.ts';

/** `/data/claims.schema.json`: the JSON Schema of the export, generated from its zod schema. */
export const GET: APIRoute = () => jsonFile(exportJsonSchema());
