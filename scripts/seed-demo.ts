import path from 'path';
import { createStrapi } from '@strapi/strapi';
import { ensureDemoAdmin } from './demo/admin';
import { seedDemoContent } from './demo/seed';

// Compiled to dist/scripts, so the project root is two levels up.
const appDir = path.resolve(__dirname, '..', '..');

async function main(): Promise<void> {
  const strapi = await createStrapi({ appDir, distDir: path.join(appDir, 'dist') }).load();
  try {
    const email = process.env.DEMO_ADMIN_EMAIL;
    const password = process.env.DEMO_ADMIN_PASSWORD;
    if (!email || !password) throw new Error('DEMO_ADMIN_EMAIL and DEMO_ADMIN_PASSWORD must be set (scripts/make-env.js writes them).');
    const articles = await seedDemoContent(strapi);
    await ensureDemoAdmin(strapi, { email, password });
    process.stdout.write(
      [
        '',
        `Demo content loaded: ${articles} published articles.`,
        'Admin panel: http://localhost:1337/admin',
        `  email:    ${email}`,
        `  password: ${password}`,
        'Content API: http://localhost:1337/api/articles',
        '',
      ].join('\n'),
    );
  } finally {
    await strapi.destroy();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`Demo seed failed: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
  process.exitCode = 1;
});
