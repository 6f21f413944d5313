'use strict';

// Boots Strapi standalone on the database its environment names and works a few articles the way the newsroom does:
// through the document service and the editorial stages, so every plugin's publish middleware runs.
//   node publish-loop.js loop   publishes, edits and re-publishes, unpublishes, round and round, printing "step <n>"
//                               after each step, until it is killed (the fault suite SIGKILLs it mid-loop);
//   node publish-loop.js once   publishes each article once, prints "published <json>" ({ slug, deck }[]) and exits.

// The importer's standalone runner: the same boot, and the same wait for the database to go idle before shutting down.
const { withStandaloneStrapi } = require('../../dist/scripts/lib/standalone-strapi');

const ARTICLE = 'api::article.article';
const TITLE = 'Fault story';
const POOL = 4;
// In-process work is trusted, as the importer is: no admin user, every permission.
const ACTOR = { user: null, name: 'Fault test', can: () => true };

const body = (n) => `Revision ${n}: the council said <mark>the river rose overnight</mark>. See [the report](https://example.org/report-${n}).`;

const draftOf = (i) => ({
  title: `${TITLE} ${i}`,
  deck: 'First standfirst.',
  body: body(0),
  leadImage: { url: `https://example.org/picture-${i}.png`, origin: 'illustration', caption: 'A drawing of the river.', credit: 'Newsroom art desk' },
});

/** The pool's articles, created as drafts when missing and approved, ready to publish. */
async function preparePool(app) {
  const documents = app.documents(ARTICLE);
  const found = await documents.findMany({ status: 'draft', filters: { title: { $startsWith: TITLE } }, sort: 'title', fields: ['title'] });
  for (let i = found.length; i < POOL; i += 1) found.push(await documents.create({ data: draftOf(i) }));
  const stages = app.plugin('editorial').service('stages');
  const list = stages.list();
  // The stage publishing needs; unpublishing sends an article back to it, so one approval lasts the whole loop.
  const approved = list[list.length - 2].id;
  const published = list[list.length - 1].id;
  for (const { documentId } of found) {
    const stage = (await stages.stageOf(documentId)).id;
    if (stage !== approved && stage !== published) await stages.set(documentId, approved, 'Approved for the fault test.', ACTOR);
  }
  return found.map((article) => article.documentId);
}

async function loop(app, ids) {
  const documents = app.documents(ARTICLE);
  const steps = [
    (documentId) => documents.publish({ documentId }),
    (documentId, n) => documents.update({ documentId, data: { deck: `Standfirst of step ${n}.`, body: body(n) } }),
    (documentId) => documents.publish({ documentId }),
    (documentId) => documents.unpublish({ documentId }),
  ];
  for (let n = 0; ; n += 1) {
    await steps[Math.floor(n / ids.length) % steps.length](ids[n % ids.length], n);
    process.stdout.write(`step ${n}\n`);
  }
}

async function once(app, ids) {
  const documents = app.documents(ARTICLE);
  const published = [];
  for (const documentId of ids) {
    const article = await documents.publish({ documentId });
    const entry = article.entries[0];
    published.push({ slug: entry.slug, deck: entry.deck });
  }
  process.stdout.write(`published ${JSON.stringify(published)}\n`);
}

async function main(mode) {
  await withStandaloneStrapi(async (app) => {
    const ids = await preparePool(app);
    await (mode === 'once' ? once(app, ids) : loop(app, ids));
  });
}

main(process.argv[2]).then(
  () => process.exit(0),
  (error) => {
    process.stderr.write(`${error.stack ?? error}\n`);
    process.exit(1);
  },
);
