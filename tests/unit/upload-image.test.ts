import { uploadImageProblem } from '../../src/domain/upload-image';

const ALLOWED = ['image/jpeg', 'image/png', 'image/webp', 'image/gif', 'image/avif'];

describe('an uploaded image', () => {
  it('is taken when its bytes are an allowed picture type within the pixel budget', () => {
    expect(uploadImageProblem('map.png', { type: 'png', width: 4000, height: 3000 }, ALLOWED, 40)).toBeNull();
    expect(uploadImageProblem('a.avif', { type: 'avif', width: 10, height: 10 }, ALLOWED, 40)).toBeNull();
  });

  it('is refused when its bytes are no picture, or a type the newsroom does not take, whatever its name', () => {
    expect(uploadImageProblem('photo.jpg', null, ALLOWED, 40)).toMatch(/"photo.jpg" is not a JPEG, PNG, WebP, GIF or AVIF image by its content/);
    expect(uploadImageProblem('icon.png', { type: 'bmp', width: 1, height: 1 }, ALLOWED, 40)).toMatch(/is not a JPEG/);
    expect(uploadImageProblem('map.png', { type: 'png', width: 1, height: 1 }, ['image/jpeg'], 40)).toMatch(/is not a JPEG/);
  });

  it('is refused when its header declares more pixels than the budget, or no size at all', () => {
    expect(uploadImageProblem('bomb.png', { type: 'png', width: 16000, height: 16000 }, ALLOWED, 40)).toBe(
      '"bomb.png" is 16000×16000 pixels (256.0 megapixels); images up to 40 megapixels are taken. Export it smaller.',
    );
    expect(uploadImageProblem('edge.png', { type: 'png', width: 8000, height: 5000 }, ALLOWED, 40)).toBeNull();
    expect(uploadImageProblem('odd.png', { type: 'png', width: 0, height: 10 }, ALLOWED, 40)).toMatch(/does not say how large it is/);
  });
});
