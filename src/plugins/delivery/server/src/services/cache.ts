import type { Core } from '@strapi/strapi';
import type { ClientConfig } from 'pg';
import { lonelyBus, PostgresBus, type Invalidation, type InvalidationBus } from '../bus';
import { TaggedCache, type CachedResponse, type ReadTicket } from '../domain/cache-store';
import { Refreshes } from '../domain/refreshes';
import type { ReadOutcome } from '../middlewares/http-cache';
import { deliveryConfig, getService } from '../utils';

/**
 * The in-process response cache and the bus that keeps it honest across instances. While the bus is not live (its
 * listener lost, or not yet connected) the cache neither answers nor stores: a miss costs time, a stale hit trust.
 */
const cache = ({ strapi }: { strapi: Core.Strapi }) => {
  const config = deliveryConfig(strapi).cache;
  const store = new TaggedCache({ maxBytes: config.maxBytes, maxEntries: config.maxEntries, staleForMs: config.staleSeconds * 1000 });
  const refreshes = new Refreshes();
  const pending = new Set<Promise<void>>();
  let bus: InvalidationBus = lonelyBus;

  const drop = (invalidation: Invalidation) => (invalidation === 'all' ? store.clear() : store.invalidate(invalidation));
  const usable = () => config.enabled && bus.live;

  function track(publishing: Promise<void>): void {
    const settled = publishing.catch((error: Error) => {
      strapi.log.warn(`delivery: could not tell other instances about a write (${error.message}).`);
    });
    pending.add(settled);
    void settled.finally(() => pending.delete(settled));
  }

  return {
    usable,

    lookup(key: string): CachedResponse | undefined {
      return usable() ? store.get(key) : undefined;
    },

    /** The read under way that will answer this address, for a concurrent reader to wait on instead of reading too. */
    underway(key: string): Promise<void> | undefined {
      return usable() ? refreshes.underway(key) : undefined;
    },

    /** The answer a recent write dropped, to stand in while the read under way makes the new one. */
    previousAnswer(key: string): CachedResponse | undefined {
      return usable() ? store.previousAnswer(key) : undefined;
    },

    /** This read makes the address's answer; call the result with what became of the answer it offered, if any. */
    lead(key: string): (outcome: ReadOutcome | undefined) => void {
      const finish = refreshes.lead(key);
      return (outcome) => {
        // A refused answer took the previous one's place (cache-store); a kept one, or none (the page gone), ends it.
        if (outcome !== 'refused') store.forgetPrevious(key);
        finish(outcome !== undefined);
      };
    },

    begin(): ReadTicket {
      return store.begin();
    },

    end(ticket: ReadTicket): void {
      store.end(ticket);
    },

    keep(ticket: ReadTicket, key: string, entry: CachedResponse): boolean {
      return usable() && store.store(ticket, key, entry);
    },

    /** A write is under way (its transaction not yet committed): drop what it touches here at once. */
    writing(tags: string[]): void {
      store.invalidate(tags);
    },

    /** A write committed: drop what it touches again (a read may have refilled it meanwhile) and tell the others. */
    committed(tags: string[]): void {
      store.invalidate(tags);
      track(bus.publish(tags));
      getService(strapi, 'purgers').purge(tags);
    },

    clear(): void {
      store.clear();
      track(bus.publish('all'));
      getService(strapi, 'purgers').purge('all');
    },

    /**
     * Resolves once every other instance has heard of the writes committed so far (or the bus gave up waiting) and the
     * CDN purges are done (or waited for as long as they may be). The search index follows a commit a moment later and
     * then drops its own tag, so it is waited for first: a write made in a transaction of the caller's (the admin
     * panel's publish and unpublish) is otherwise answered before another instance's search could see it.
     */
    async settled(): Promise<void> {
      await getService(strapi, 'search').settled();
      await Promise.all([...pending, getService(strapi, 'purgers').settled()]);
    },

    size: () => store.size,

    async startBus(): Promise<void> {
      const database = strapi.config.get('database.connection') as { client: string; connection: ClientConfig };
      if (!config.enabled || config.bus === 'none' || database.client !== 'postgres') return;
      const postgres = new PostgresBus({
        connection: database.connection,
        onInvalidate: drop,
        onResume: () => store.clear(),
        notifyThroughPool: async (channel, payload) => {
          await strapi.db.connection.raw('SELECT pg_notify(?, ?)', [channel, payload]);
        },
        warn: (message) => strapi.log.warn(message),
      });
      bus = postgres;
      await postgres.start();
    },

    async stopBus(): Promise<void> {
      await this.settled();
      await bus.close();
      bus = lonelyBus;
    },
  };
};

export default cache;
