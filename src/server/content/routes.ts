/**
 * Content and search routes. Content never changes while the server runs, so each answer is
 * serialised once, when first asked, and sent as a string with its ETag (a device that has it gets
 * a 304), and a search answer is kept by its normalised query once asked: a content read costs a
 * map lookup, and a search asked before costs one too. The search index is built on the first
 * search, not at start, so that the server answers sooner after a start.
 */
import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { ContentItem, ContentKind, Slug } from '../../core/content/schema.js';
import { AppError } from '../../core/errors.js';
import { buildContentIndex, type ContentIndex, searchContent } from '../../core/search/index.js';
import { SearchQuery } from '../../core/search/query.schema.js';
import { Problem } from '../http/problem.js';
import { sendJson } from '../http/send.js';
import type { ZodApp } from '../http/zod.js';
import { RecentAnswers } from './recent-answers.js';

export const SearchHit = z.object({
  id: Slug,
  kind: ContentKind,
  title: z.string(),
  snippet: z.string().describe('A short passage around the first matched word, or the summary'),
});

export interface ContentRoutesDeps {
  content: readonly ContentItem[];
}

/** JSON sent as it is, with a strong ETag made from it. */
interface Prepared {
  json: string;
  etag: string;
}

function prepared(json: string): Prepared {
  return { json, etag: `"${createHash('sha256').update(json).digest('base64url').slice(0, 22)}"` };
}

/** Sends prepared JSON, or 304 when the request already holds this version (If-None-Match). */
function sendPrepared(request: FastifyRequest, reply: FastifyReply, answer: Prepared): void {
  reply.header('etag', answer.etag).header('cache-control', 'no-cache');
  const held = request.headers['if-none-match'];
  if (held?.split(',').some((tag) => tag.trim() === answer.etag) === true) {
    reply.code(304).send();
    return;
  }
  sendJson(reply, answer.json);
}

/** Search answers kept, most recently asked last; the oldest goes when this many are kept. */
export const SEARCH_CACHE_SIZE = 2_000;

/** The same words asked differently are one question: case, spacing and the limit's answer. */
export function searchKey(q: string, limit: number): string {
  return `${limit}\u0000${q.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim()}`;
}

export function registerContentRoutes(app: ZodApp, { content }: ContentRoutesDeps): void {
  const byId = new Map(content.map((item) => [item.id, item]));
  let list: Prepared | undefined;
  const items = new Map<string, Prepared>();
  let index: ContentIndex | undefined;
  const searches = new RecentAnswers(SEARCH_CACHE_SIZE);

  app.get(
    '/api/v1/content',
    {
      schema: {
        summary: 'Every content item',
        tags: ['content'],
        response: { 200: z.array(ContentItem) },
      },
    },
    (request, reply) => {
      list ??= prepared(JSON.stringify(content));
      sendPrepared(request, reply, list);
    },
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
      const { id } = request.params;
      let answer = items.get(id);
      if (answer === undefined) {
        const item = byId.get(id);
        if (item === undefined) {
          throw new AppError('not_found', `No content item has the id "${id}"`, [
            { path: 'id', message: 'no content item has this id' },
          ]);
        }
        answer = prepared(JSON.stringify(item));
        items.set(id, answer);
      }
      sendPrepared(request, reply, answer);
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
    (request, reply) => {
      const { q, limit } = request.query;
      const key = searchKey(q, limit);
      let json = searches.get(key);
      if (json === undefined) {
        index ??= buildContentIndex(content);
        json = JSON.stringify(searchContent(index, q, limit));
        searches.set(key, json);
      }
      sendJson(reply, json);
    },
  );
}
