import { isSlug, toSlug } from '#domain/slug';

describe('toSlug', () => {
  it.each([
    ['Andraž Tavčar', 'andraz-tavcar'],
    ['NATO 3.0', 'nato-3-0'],
    ['Nato 3.0', 'nato-3-0'],
    ['Dayton at 31', 'dayton-at-31'],
    ["The Albanian who won the internet's strangest contest", 'the-albanian-who-won-the-internets-strangest-contest'],
    ['Washington wants KFOR wound down', 'washington-wants-kfor-wound-down'],
    ['  Milošević — Đukanović  ', 'milosevic-djukanovic'],
    ['Ćevapi & Šljivovica', 'cevapi-sljivovica'],
    ['Додик и Република Српска', 'dodik-i-republika-srpska'],
    ['!!!', ''],
  ])('turns %j into %j', (text, slug) => {
    expect(toSlug(text)).toBe(slug);
  });

  it('cuts a long slug at a word boundary within the limit', () => {
    const slug = toSlug('word '.repeat(50), 22);
    expect(slug).toBe('word-word-word-word');
  });

  it('cuts a single overlong word at the limit', () => {
    expect(toSlug('x'.repeat(30), 10)).toBe('x'.repeat(10));
  });
});

describe('isSlug', () => {
  it.each([
    ['andraz-tavcar', true],
    ['Andraz-Tavcar', false],
    ['nato--3', false],
    ['', false],
  ])('says %j is a slug: %s', (text, expected) => {
    expect(isSlug(text)).toBe(expected);
  });
});
