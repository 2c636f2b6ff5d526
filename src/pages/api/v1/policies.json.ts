import type { APIRoute } from 'astro';
import { getPolicies } from '../../../data/policies.ts';
import { policyIndex } from '../../../lib/export.ts';

export const GET: APIRoute = async () => Response.json(policyIndex(await getPolicies()));
