import { ItemDeleteQuery, ItemDetailQuery, ItemListQuery, ItemPage, ItemPatch, OneItem } from '@plantrack/contract/items/items.contract';
import { errorResponses, IdParam } from '@plantrack/contract/shared.contract';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../app-deps.js';
import { contextOf } from '../auth/access.js';
import { ItemCreate } from '@plantrack/contract/items/items.contract';
import { createItem, deleteItem, getItemDetail, listItems, updateItem } from './items.service.js';
import { ITEMS } from './items.policies.js';

export function itemsRoutes({ db }: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['items'];
    // Item-level writes admit every plan reader at the door: the service looks the item up in the
    // caller's scope first (another department's item is a 404) and only then checks the role (403).
    app.get(
      '/api/items',
      {
        config: { access: ITEMS.read, etag: true },
        schema: {
          tags,
          summary: '台账条目列表 List items',
          querystring: ItemListQuery,
          response: { 200: ItemPage, ...errorResponses(['NOT_FOUND', 'UNKNOWN_REFERENCE']) },
        },
      },
      async (request) => listItems(db, contextOf(request).actor, request.query),
    );
    app.get(
      '/api/items/:id',
      {
        config: { access: ITEMS.read, etag: true },
        schema: {
          tags,
          summary: '条目详情与序时进度 One item with its computed status',
          params: IdParam,
          querystring: ItemDetailQuery,
          response: { 200: OneItem, ...errorResponses(['NOT_FOUND']) },
        },
      },
      async (request) => ({ item: await getItemDetail(db, contextOf(request).actor, request.params.id, request.query.asOf) }),
    );
    app.post(
      '/api/items',
      {
        config: { access: ITEMS.create },
        schema: {
          tags,
          summary: '新建条目 Create an item',
          body: ItemCreate,
          response: { 201: OneItem, ...errorResponses(['NOT_FOUND', 'UNKNOWN_REFERENCE', 'DUPLICATE']) },
        },
      },
      async (request, reply) => {
        reply.status(201);
        return { item: await createItem(db, contextOf(request), request.body) };
      },
    );
    app.patch(
      '/api/items/:id',
      {
        config: { access: ITEMS.read },
        schema: {
          tags,
          summary: '修改条目 Update an item (optimistic: send version)',
          params: IdParam,
          body: ItemPatch,
          response: { 200: OneItem, ...errorResponses(['NOT_FOUND', 'UNKNOWN_REFERENCE', 'STALE_VERSION']) },
        },
      },
      async (request) => ({
        item: await updateItem(db, contextOf(request), request.params.id, request.body),
      }),
    );
    app.delete(
      '/api/items/:id',
      {
        config: { access: ITEMS.read },
        schema: {
          tags,
          summary: '删除条目 Delete an item',
          params: IdParam,
          querystring: ItemDeleteQuery,
          response: { 204: z.null().describe('已删除 Deleted'), ...errorResponses(['NOT_FOUND', 'STALE_VERSION']) },
        },
      },
      async (request, reply) => {
        await deleteItem(db, contextOf(request), request.params.id, request.query.version);
        return reply.status(204).send(null);
      },
    );
  };
}
