import { bareSchema } from '../../../bench/lib/bare-app';
import { kforPost, revised } from '../../../bench/lib/kfor-article';
import { roundOrder } from '../../../bench/lib/save-rounds';

describe('The save bench', () => {
  it('gives bare Strapi the custom field as the string it stores, keeping its limits', () => {
    const schema = bareSchema({
      attributes: { kickerLabel: { type: 'customField', customField: 'plugin::editorial.kicker', maxLength: 80, private: true } },
    });
    expect(schema.attributes.kickerLabel).toEqual({ type: 'string', maxLength: 80, private: true });
  });

  it('gives bare Strapi the body editor as the Markdown text it stores', () => {
    const schema = bareSchema({ attributes: { body: { type: 'customField', customField: 'plugin::sourcing.sourced-markdown', required: true } } });
    expect(schema.attributes.body).toEqual({ type: 'richtext', required: true });
  });

  it("drops relations to a plugin's or the admin's content types and keeps the app's own", () => {
    const schema = bareSchema({
      attributes: {
        overrides: { type: 'relation', relation: 'oneToMany', target: 'plugin::image-policy.override' },
        editor: { type: 'relation', relation: 'manyToOne', target: 'admin::user' },
        category: { type: 'relation', relation: 'manyToOne', target: 'api::category.category' },
      },
    });
    expect(Object.keys(schema.attributes)).toEqual(['category']);
  });

  it('changes the body and its length on every revision, so every save moves the highlights', () => {
    const bodies = [1, 2, 3, 4].map((revision) => revised('Text with <mark>a quote</mark>.', revision));
    expect(new Set(bodies).size).toBe(4);
    for (let i = 1; i < bodies.length; i++) expect(bodies[i].length).not.toBe(bodies[i - 1].length);
  });

  it('times the two apps in turn, each going first every other round', () => {
    const orders = [0, 1, 2, 3].map((round) => roundOrder(round, ['app', 'bare']).join(' then '));
    expect(orders).toEqual(['app then bare', 'bare then app', 'app then bare', 'bare then app']);
  });

  it('reads the KFOR post with its five highlights, category, author and kicker', () => {
    const post = kforPost();
    expect(post.body.match(/<mark[\s>]/g)).toHaveLength(5);
    expect([post.category, post.authors, post.kicker]).toEqual(['Politics', ['Andraž Tavčar'], 'NATO 3.0']);
  });
});
