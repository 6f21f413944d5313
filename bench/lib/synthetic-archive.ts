import fs from 'fs';
import path from 'path';
import { stringify } from 'yaml';
import { readFrontMatter } from '../../src/importer/domain/front-matter';

export interface SyntheticArchive {
  dir: string;
  posts: number;
}

const KICKERS_IN_ROTATION = 40;
const SOURCE_VARIANTS = 25;

/**
 * Writes a Jekyll site of `count` posts made from the fixture posts' shapes: their bodies (marks in every colour, linked
 * and plain highlights, social handles, Liquid links) and front matter, with a distinct title, slug and date per post,
 * kickers shared by several posts, and link targets varied so sources repeat across posts as they do in a real archive.
 */
export function writeSyntheticArchive(fixtureSite: string, outDir: string, count: number): SyntheticArchive {
  const postsDir = path.join(fixtureSite, '_posts');
  const templates = fs
    .readdirSync(postsDir)
    .sort()
    .map((file) => readFrontMatter(fs.readFileSync(path.join(postsDir, file), 'utf8')));
  fs.mkdirSync(path.join(outDir, '_posts'), { recursive: true });
  fs.mkdirSync(path.join(outDir, '_data'), { recursive: true });
  fs.copyFileSync(path.join(fixtureSite, '_data', 'authors.yml'), path.join(outDir, '_data', 'authors.yml'));
  const start = Date.UTC(2020, 0, 1);
  for (let i = 0; i < count; i++) {
    const template = templates[i % templates.length];
    const day = new Date(start + Math.floor(i / 4) * 86400000).toISOString().slice(0, 10);
    const slug = `${String(template.data.title)
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')}-${i}`;
    const data = {
      ...template.data,
      title: `${String(template.data.title)} (${i})`,
      date: day,
      kicker: i % 5 === 0 ? undefined : `Series ${i % KICKERS_IN_ROTATION}`,
    };
    const body = template.body.replace(
      /(\]\(|href=")(https?:\/\/[^)"\s?#]+)/g,
      (_, lead: string, url: string) => `${lead}${url}?edition=${i % SOURCE_VARIANTS}`,
    );
    fs.writeFileSync(path.join(outDir, '_posts', `${day}-${slug}.md`), `---\n${stringify(data)}---\n\n${body}\n`);
  }
  return { dir: outDir, posts: count };
}
