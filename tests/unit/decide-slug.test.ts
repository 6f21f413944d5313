import { decideSlug } from '../../src/slugs/decide-slug';

describe('decideSlug', () => {
  it('makes the slug from the title of a new article', () => {
    expect(decideSlug({ isCreate: true, sourceField: 'title', data: { title: 'Dayton at 31' } })).toEqual({
      kind: 'set',
      slug: 'dayton-at-31',
    });
  });

  it('normalizes a slug the editor typed instead of the title', () => {
    expect(decideSlug({ isCreate: true, sourceField: 'title', data: { title: 'Ignored', slug: 'My Own Slug' } })).toEqual({
      kind: 'set',
      slug: 'my-own-slug',
    });
  });

  it('keeps the slug of an update that does not touch it, even when the title changes', () => {
    expect(decideSlug({ isCreate: false, sourceField: 'title', data: { title: 'New headline' } })).toEqual({ kind: 'keep' });
  });

  it('remakes a cleared slug from the saved title when the update does not send one', () => {
    expect(decideSlug({ isCreate: false, sourceField: 'title', data: { slug: '' }, savedSource: 'Saved headline' })).toEqual({
      kind: 'set',
      slug: 'saved-headline',
    });
  });

  it.each([
    [{}, 'title', 'The title is required: the slug is made from it.'],
    [{ title: '   ' }, 'title', 'The title is required: the slug is made from it.'],
    [{ title: '???' }, 'title', 'The title needs at least one letter or digit to make a slug.'],
    [{ title: 'Fine', slug: '---' }, 'slug', 'A slug needs at least one letter or digit.'],
  ])('refuses %j on the %s field', (data, path, message) => {
    expect(decideSlug({ isCreate: true, sourceField: 'title', data })).toEqual({ kind: 'invalid', path, message });
  });
});
