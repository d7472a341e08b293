import { error } from '@sveltejs/kit';
import { exercisePage } from '$lib/server/content';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params }) => {
  let page;
  try {
    page = await exercisePage(params.id);
  } catch (e) {
    error(500, `this exercise could not be loaded: ${(e as Error).message}`);
  }
  if (!page) error(404, `there is no exercise '${params.id}'`);
  return { page };
};
