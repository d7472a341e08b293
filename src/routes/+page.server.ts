import { catalog } from '$lib/server/content';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async () => {
  const cat = await catalog();
  return { chapters: cat.chapters, problems: import.meta.env.DEV ? cat.problems : [] };
};
