import type { APIRoute, GetStaticPaths } from 'astro';
import { getPolicies, type Policy } from '../../../../data/policies.ts';
import { policyDocument } from '../../../../lib/export.ts';

export const getStaticPaths = (async () => {
  const policies = await getPolicies();
  return policies.map((policy) => ({ params: { slug: policy.slug }, props: { policy } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ policy: Policy }> = ({ props }) => Response.json(policyDocument(props.policy));
