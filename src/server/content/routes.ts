/**
 * Content and search routes. Content never changes while the server runs, so each answer is
 * serialised once at start and sent as a string: a content read costs a map lookup.
 */
import { z } from 'zod';
import { ContentItem, ContentKind, Slug } from '../../core/content/schema.js';
import { AppError } from '../../core/errors.js';
import { type ContentIndex, searchContent } from '../../core/search/index.js';
import { SearchQuery } from '../../core/search/query.schema.js';
import { Problem } from '../http/problem.js';
import { sendJson } from '../http/send.js';
import type { ZodApp } from '../http/zod.js';

export const SearchHit = z.object({
  id: Slug,
  kind: ContentKind,
  title: z.string(),
  snippet: z.string().describe('A short passage around the first matched word, or the summary'),
});

export interface ContentRoutesDeps {
  content: readonly ContentItem[];
  index: ContentIndex;
}

export function registerContentRoutes(app: ZodApp, { content, index }: ContentRoutesDeps): void {
  const listJson = JSON.stringify(content);
  const itemJson = new Map(content.map((item) => [item.id, JSON.stringify(item)]));

  app.get(
    '/api/v1/content',
    {
      schema: {
        summary: 'Every content item',
        tags: ['content'],
        response: { 200: z.array(ContentItem) },
      },
    },
    (_request, reply) => sendJson(reply, listJson),
  );

  app.get(
    '/api/v1/content/:id',
    {
      schema: {
        summary: 'One content item by its id',
        tags: ['content'],
        params: z.object({ id: z.string().describe('The item id, e.g. "muscle-strain"') }),
        response: { 200: ContentItem, 404: Problem.describe('No item has this id') },
      },
    },
    (request, reply) => {
      const json = itemJson.get(request.params.id);
      if (json === undefined) {
        throw new AppError('not_found', `No content item has the id "${request.params.id}"`, [
          { path: 'id', message: 'no content item has this id' },
        ]);
      }
      sendJson(reply, json);
    },
  );

  app.get(
    '/api/v1/search',
    {
      schema: {
        summary: 'Content items matching a query, best first',
        tags: ['content'],
        querystring: SearchQuery,
        response: {
          200: z.array(SearchHit),
          400: Problem.describe('The query is empty or too long, or the limit is not allowed'),
        },
      },
    },
    (request) => searchContent(index, request.query.q, request.query.limit),
  );
}
