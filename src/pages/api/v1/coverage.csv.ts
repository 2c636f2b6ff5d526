import type { APIRoute } from 'astro';
import { getPolicies } from '../../../data/policies.ts';
import { coverageCsv } from '../../../lib/export.ts';

export const GET: APIRoute = async ({ site }) =>
  new Response(coverageCsv(await getPolicies(), site), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
