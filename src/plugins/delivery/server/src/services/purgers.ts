import type { Core } from '@strapi/strapi';
import { backoffDelays, purgeKeys } from '../domain/purge-keys';
import { PurgeQueue } from '../domain/purge-queue';
import { varnishTarget, webhookTarget, type PurgeTarget } from '../purge/targets';
import { deliveryConfig } from '../utils';

const FIRST_RETRY_MS = 250;
const LONGEST_RETRY_MS = 30000;

// Background retries must not keep a stopping server alive.
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms).unref());

/**
 * Sends every invalidation this instance's cache makes after a commit to the configured CDN purgers, each through its
 * own queue (a Varnish that is down does not hold back the webhook). A write's answer waits for them at most
 * `cdn.purgeWaitMs`; retries go on in the background and are logged once when they give up.
 */
const purgers = ({ strapi }: { strapi: Core.Strapi }) => {
  const cdn = deliveryConfig(strapi).cdn;
  const targets: PurgeTarget[] = [
    ...cdn.varnish.urls.map((url) => varnishTarget(url, cdn.varnish.soft)),
    ...(cdn.webhook.url ? [webhookTarget(cdn.webhook.url, cdn.webhook.secret)] : []),
  ];
  const delaysMs = backoffDelays(cdn.purgeAttempts, FIRST_RETRY_MS, LONGEST_RETRY_MS);
  const queues = targets.map(
    (target) =>
      new PurgeQueue({
        send: (keys) => target.send(keys),
        delaysMs,
        wait: sleep,
        giveUp: (keys, error) =>
          strapi.log.warn(`delivery: gave up purging ${keys.length} CDN keys from ${target.name} after ${cdn.purgeAttempts} attempts (${error.message}).`),
      }),
  );
  const pending = new Set<Promise<void>>();

  return {
    /** Purges what a committed write invalidated (`all`: everything), unless no purger is configured. */
    purge(invalidation: readonly string[] | 'all'): void {
      const keys = queues.length > 0 ? purgeKeys(invalidation) : [];
      if (keys.length === 0) return;
      for (const queue of queues) {
        const done = queue.enqueue(keys);
        pending.add(done);
        void done.finally(() => pending.delete(done));
      }
    },

    /** Resolves when the purges sent so far are done, or after `cdn.purgeWaitMs`, whichever comes first. */
    async settled(): Promise<void> {
      if (pending.size === 0) return;
      let timer: NodeJS.Timeout | undefined;
      const bound = new Promise<void>((resolve) => (timer = setTimeout(resolve, cdn.purgeWaitMs)));
      await Promise.race([Promise.all([...pending]), bound]);
      clearTimeout(timer);
    },

    close(): void {
      for (const queue of queues) queue.close();
    },
  };
};

export default purgers;
