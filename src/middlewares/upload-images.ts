import type { Core } from '@strapi/strapi';
import { imageSizeFromFile } from 'image-size/fromFile';
import { fieldError } from '#kernel/errors';
import { DEFAULT_MAX_MEGAPIXELS, IMAGE_TYPES, uploadImageProblem, type ImageHeader } from '#domain/upload-image';

interface UploadedFile {
  filepath: string;
  originalFilename?: string | null;
}

async function headerOf(file: UploadedFile): Promise<ImageHeader | null> {
  try {
    return await imageSizeFromFile(file.filepath);
  } catch {
    // image-size throws for bytes of no image type it knows: that is the answer, not a failure.
    return null;
  }
}

/**
 * Every file a request uploads, on any route (the Content API's, the media library's), is judged by its header before
 * Strapi's upload reads or resizes it: a picture type by its bytes, within the pixel budget (`UPLOAD_MAX_MEGAPIXELS`).
 */
export default (config: { maxMegapixels?: number }, { strapi }: { strapi: Core.Strapi }): Core.MiddlewareHandler =>
  async (ctx, next) => {
    const files = Object.values((ctx.request as { files?: Record<string, UploadedFile | UploadedFile[]> }).files ?? {}).flat();
    if (files.length > 0) {
      const allowed = (strapi.config.get('plugin::upload.security.allowedTypes') as string[] | undefined) ?? Object.values(IMAGE_TYPES);
      const maxMegapixels = config.maxMegapixels ?? DEFAULT_MAX_MEGAPIXELS;
      for (const file of files) {
        const problem = uploadImageProblem(file.originalFilename ?? 'The file', await headerOf(file), allowed, maxMegapixels);
        if (problem) throw fieldError('files', problem);
      }
    }
    await next();
  };
