/**
 * What an uploaded image must be before anything decodes it: one of the raster types the newsroom takes, by its bytes
 * (not its name or declared type), and no larger than a pixel budget. A small file can declare a huge canvas (a 31 KB
 * PNG declaring 16000×16000 took 1.5 GB and 14 s to decode), so the size is read from the header and judged first.
 * Pure: the glue reads the header.
 */

/** Image types by the name image-size gives them, with the MIME types Strapi's upload allow-list names them by. */
export const IMAGE_TYPES: Record<string, string> = { jpg: 'image/jpeg', png: 'image/png', webp: 'image/webp', gif: 'image/gif', avif: 'image/avif' };

export interface ImageHeader {
  type?: string;
  width?: number;
  height?: number;
}

export const DEFAULT_MAX_MEGAPIXELS = 40;

/** Why an upload is refused, or null when it may be stored. `header` is null when the bytes are no image at all. */
export function uploadImageProblem(name: string, header: ImageHeader | null, allowedTypes: readonly string[], maxMegapixels: number): string | null {
  const mime = header?.type ? IMAGE_TYPES[header.type] : undefined;
  if (!mime || !allowedTypes.includes(mime)) {
    return `"${name}" is not a JPEG, PNG, WebP, GIF or AVIF image by its content, whatever its name says: only pictures are uploaded here.`;
  }
  const { width = 0, height = 0 } = header ?? {};
  const megapixels = (width * height) / 1_000_000;
  if (width <= 0 || height <= 0) return `"${name}" does not say how large it is: it cannot be a whole image.`;
  if (megapixels > maxMegapixels) {
    return `"${name}" is ${width}×${height} pixels (${megapixels.toFixed(1)} megapixels); images up to ${maxMegapixels} megapixels are taken. Export it smaller.`;
  }
  return null;
}
