import fs from 'fs/promises';
import path from 'path';
import type { Core } from '@strapi/strapi';
import { fileIdOf } from '../domain/lead-image';
import { embeddedDigitalSourceType } from '../domain/xmp';
import { FILE_UID } from '#domain/uids';

// Larger files are not read for their metadata; a lead image is a few megabytes.
const MAX_READ_BYTES = 50 * 1024 * 1024;

interface UploadedFile {
  url: string;
  provider: string;
  size?: number | null;
}

/**
 * The Digital Source Type embedded in an uploaded file. Only files the local upload provider stores under `public/`
 * are read: a file kept by a cloud provider would mean a network call on every save.
 */
const files = ({ strapi }: { strapi: Core.Strapi }) => ({
  async embeddedSourceType(file: unknown): Promise<string | null> {
    const id = fileIdOf(file);
    if (id === null) return null;
    const row = (await strapi.db.query(FILE_UID).findOne({ where: { id }, select: ['url', 'provider', 'size'] })) as UploadedFile | null;
    if (!row || row.provider !== 'local' || !row.url.startsWith('/')) return null;
    const publicDir = path.resolve(strapi.dirs.static.public);
    const location = path.resolve(publicDir, `.${decodeURIComponent(row.url)}`);
    if (!location.startsWith(`${publicDir}${path.sep}`)) return null;
    try {
      const { size } = await fs.stat(location);
      if (size > MAX_READ_BYTES) return null;
      return embeddedDigitalSourceType(await fs.readFile(location));
    } catch (error) {
      // The row outlived its file (deleted by hand, a restored database): nothing to read, so nothing to infer.
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
  },
});

export default files;
