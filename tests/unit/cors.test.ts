import { adminOrigins, contentApiOrigins, corsAudience, corsOptions, originOf } from '#domain/cors';

const request = (path: string, origin = '') => ({ path, get: (header: string) => (header.toLowerCase() === 'origin' ? origin : '') });

describe('corsAudience', () => {
  it.each(['/api', '/api/articles', '/API/articles', '/api/auth/local', '/uploads/photo.jpg'])('serves %s to the frontends', (path) => {
    expect(corsAudience(path)).toBe('content-api');
  });

  it.each([
    '/admin/access-token',
    '/admin/login',
    '/content-manager/collection-types/api::article.article',
    '/upload/files',
    '/editorial/x',
    '/apix',
    '/',
    '/uploadsx',
  ])('keeps %s to the admin panel', (path) => {
    expect(corsAudience(path)).toBe('admin');
  });
});

describe('originOf', () => {
  it.each([
    ['https://cms.example.org', 'https://cms.example.org'],
    ['https://cms.example.org/admin/', 'https://cms.example.org'],
    ['http://localhost:1337', 'http://localhost:1337'],
    ['HTTPS://CMS.Example.org:443/', 'https://cms.example.org'],
  ])('takes %s as %s', (value, origin) => {
    expect(originOf(value)).toBe(origin);
  });

  it.each(['', '/admin', 'cms.example.org', 'ftp://cms.example.org', 'javascript:alert(1)'])('finds no origin in "%s"', (value) => {
    expect(originOf(value)).toBeUndefined();
  });
});

describe('adminOrigins', () => {
  it('answers the origins of PUBLIC_URL, an absolute ADMIN_URL and ADMIN_CORS_ORIGINS, once each', () => {
    expect(
      adminOrigins({
        publicUrl: 'https://cms.example.org',
        adminUrl: 'https://admin.example.org/admin',
        extra: ['http://localhost:5173/', ' https://cms.example.org ', ''],
      }),
    ).toEqual(['https://cms.example.org', 'https://admin.example.org', 'http://localhost:5173']);
  });

  it('answers none when nothing is configured: the admin panel is then served from the CMS itself, same-origin', () => {
    expect(adminOrigins({ publicUrl: '', adminUrl: '/admin', extra: [] })).toEqual([]);
  });

  it('refuses "*" and anything that is not an origin, rather than start with a hole', () => {
    expect(() => adminOrigins({ publicUrl: '', adminUrl: '', extra: ['*'] })).toThrow(/ADMIN_CORS_ORIGINS cannot be "\*"/);
    expect(() => adminOrigins({ publicUrl: '', adminUrl: '', extra: ['admin.example.org'] })).toThrow(/not an origin/);
  });
});

describe('contentApiOrigins', () => {
  it('keeps "*" for any site, and a list as origins', () => {
    expect(contentApiOrigins(['*'])).toEqual(['*']);
    expect(contentApiOrigins(['https://www.example.org/', 'https://app.example.org'])).toEqual(['https://www.example.org', 'https://app.example.org']);
  });

  it('takes an empty setting for no site', () => {
    expect(contentApiOrigins([''])).toEqual([]);
  });

  it('refuses what is not an origin', () => {
    expect(() => contentApiOrigins(['www.example.org'])).toThrow(/CORS_ORIGINS/);
  });
});

describe('corsOptions', () => {
  const options = corsOptions({ admin: ['https://cms.example.org'], contentApi: ['*'] });

  it('gives each audience its own list', () => {
    expect(options.origin(request('/admin/access-token', 'http://127.0.0.1:8080'))).toEqual(['https://cms.example.org']);
    expect(options.origin(request('/api/articles', 'http://127.0.0.1:8080'))).toEqual(['*']);
  });

  it('answers with credentials on the admin audience only', () => {
    expect(options.credentials(request('/admin/access-token', 'https://cms.example.org'))).toBe(true);
    expect(options.credentials(request('/api/articles', 'https://www.example.org'))).toBe(false);
    expect(options.credentials(request('/admin/access-token'))).toBe(false);
  });
});
