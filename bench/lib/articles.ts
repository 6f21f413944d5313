import type { Sample } from './raw-server';

/** Strapi 5's documented list response, with only the slug asked for. */
interface ArticleList {
  data: Array<{ documentId: string; slug: string | null }>;
  meta: { pagination: { pageCount: number } };
}

export interface Published {
  documentId: string;
  slug: string;
}

/** A GET that must answer 200; anything else fails the bench with the start of the body. */
export async function get(url: string): Promise<Response> {
  const response = await fetch(url);
  if (response.status !== 200) throw new Error(`GET ${url} answered ${response.status}: ${(await response.text()).slice(0, 500)}`);
  return response;
}

/** Every published article, through the public list (published only by default), a page of 100 at a time. */
export async function listPublished(url: string): Promise<Published[]> {
  const published: Published[] = [];
  for (let page = 1, pageCount = 1; page <= pageCount; page++) {
    const response = await get(`${url}/api/articles?fields[0]=slug&pagination[pageSize]=100&pagination[page]=${page}`);
    const list = (await response.json()) as ArticleList;
    for (const { documentId, slug } of list.data) if (slug) published.push({ documentId, slug });
    pageCount = list.meta.pagination.pageCount;
  }
  return published;
}

/** The response's bytes and the headers the raw server repeats with them. */
export async function readSample(url: string): Promise<Sample> {
  const response = await get(url);
  const body = Buffer.from(await response.arrayBuffer());
  return { body, type: response.headers.get('content-type') ?? '', etag: response.headers.get('etag') ?? '' };
}
