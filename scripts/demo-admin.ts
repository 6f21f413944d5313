import { ensureDemoAdmin } from './demo/admin';
import { withStandaloneStrapi } from './lib/standalone-strapi';

/** Makes the demo's Super Admin (after the importer has loaded the newsroom) and prints how to reach the CMS. */
async function main(): Promise<void> {
  await withStandaloneStrapi(async (strapi) => {
    const email = process.env.DEMO_ADMIN_EMAIL;
    const password = process.env.DEMO_ADMIN_PASSWORD;
    if (!email || !password) throw new Error('DEMO_ADMIN_EMAIL and DEMO_ADMIN_PASSWORD must be set (scripts/make-env.js writes them).');
    await ensureDemoAdmin(strapi, { email, password });
    const articles = await strapi.documents('api::article.article').count({ status: 'published' });
    process.stdout.write(
      [
        '',
        `Demo newsroom: ${articles} published articles.`,
        'Admin panel: http://localhost:1337/admin',
        `  email:    ${email}`,
        `  password: ${password}`,
        'Content API: http://localhost:1337/api/articles',
        '',
      ].join('\n'),
    );
  });
}

main().catch((error: unknown) => {
  process.stderr.write(`Demo admin failed: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
  process.exitCode = 1;
});
