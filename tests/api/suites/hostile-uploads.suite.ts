import { http, uploadFile } from '../../helpers/http';
import { strapiInstance } from '../../helpers/strapi';
import { png, pngDeclaring } from '../../helpers/xmp-image';

// Files are hostile text too: what a browser could read as a page or a script is refused before it is stored.

describe('Hostile text: uploads', () => {
  const files = (): Promise<number> => strapiInstance().db.query('plugin::upload.file').count();

  it.each([
    ['an SVG carrying a script', 'chart.svg', 'image/svg+xml', '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(1)</script></svg>'],
    ['an HTML page', 'story.html', 'text/html', '<html><body><script>alert(1)</script></body></html>'],
    ['an HTML page declared as a picture', 'story.html', 'image/png', '<html><body><script>alert(1)</script></body></html>'],
    ['an HTML page named as a JPEG', 'photo.jpg', 'image/jpeg', '<html><body><script>alert(1)</script></body></html>'],
    ['a script named as a GIF', 'spinner.gif', 'image/gif', 'alert(document.cookie)'],
    ['an SVG named as a PNG', 'chart.png', 'image/png', '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"></svg>'],
  ])('refuses %s with a 400, storing nothing', async (_label, name, contentType, content) => {
    const before = await files();
    const response = await uploadFile(name, contentType, Buffer.from(content));
    expect(response.status).toBe(400);
    expect(await files()).toBe(before);
  });

  it('refuses an image whose header declares more pixels than the budget before decoding it, naming the files', async () => {
    const before = await files();
    const response = await uploadFile('bomb.png', 'image/png', pngDeclaring(16000, 16000));
    expect(response.status).toBe(400);
    expect(response.body.error.details.errors[0].path).toEqual(['files']);
    expect(response.body.error.message).toMatch(/16000×16000 pixels \(256\.0 megapixels\); images up to 40 megapixels/);
    expect(await files()).toBe(before);
  });

  it('takes a PNG and serves it with nosniff, so a browser never reads it as a page', async () => {
    const response = await uploadFile('map.png', 'image/png', png());
    expect(response.status).toBe(201);
    const served = await http().get(response.body[0].url).expect(200);
    expect(served.headers['content-type']).toBe('image/png');
    expect(served.headers['x-content-type-options']).toBe('nosniff');
  });
});
