import { withPlaceholderDefaults } from '../../../src/plugins/image-policy/server/src/domain/lead-image';
import { validateConfig } from '../../../src/plugins/image-policy/server/src/config';

const CAPTION = 'Placeholder image.';

describe('withPlaceholderDefaults', () => {
  it.each([undefined, null, {}, { url: '  ', caption: '' }])('gives %j the placeholder origin and caption', (image) => {
    expect(withPlaceholderDefaults(image, CAPTION)).toMatchObject({ origin: 'ai-placeholder', caption: CAPTION });
  });

  it("keeps an editor's own caption on a placeholder", () => {
    expect(withPlaceholderDefaults({ caption: 'Pixel art of Prizren.' }, CAPTION).caption).toBe('Pixel art of Prizren.');
  });

  it.each([{ url: 'https://example.org/a.jpg', caption: 'A photo', origin: 'photograph' as const }, { file: 12, caption: null }, { origin: 'none' as const }])(
    'leaves %j as the editor set it',
    (image) => {
      expect(withPlaceholderDefaults(image, CAPTION)).toEqual(image);
    },
  );

  it('keeps the component id so the saved image is updated, not replaced', () => {
    expect(withPlaceholderDefaults({ id: 7 }, CAPTION)).toMatchObject({ id: 7, origin: 'ai-placeholder' });
  });
});

describe('image-policy config', () => {
  it.each([{ placeholderCaption: '' }, { placeholderCaption: 42 as unknown as string }])('refuses %j at boot', (config) => {
    expect(() => validateConfig(config)).toThrow(/placeholderCaption/);
  });
});
