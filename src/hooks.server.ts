import type { Handle } from '@sveltejs/kit';

/** The interface language chosen in the browser (mirrored to a cookie) renders on the server too. */
export const handle: Handle = async ({ event, resolve }) => {
  const lang = event.cookies.get('nabla_lang') === 'zh' ? 'zh' : 'en';
  event.locals.lang = lang;
  const response = await resolve(event, {
    transformPageChunk: ({ html }) => html.replace('%lang%', lang === 'zh' ? 'zh-CN' : 'en'),
  });
  response.headers.set('x-content-type-options', 'nosniff');
  response.headers.set('referrer-policy', 'same-origin');
  return response;
};
