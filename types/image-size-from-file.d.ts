// image-size publishes its file reader under a package "exports" subpath, which TypeScript's CommonJS module resolution
// (the Strapi template's) does not read; Node does. This names the one function the upload check uses.
declare module 'image-size/fromFile' {
  import type { ISizeCalculationResult } from 'image-size';

  export const imageSizeFromFile: (filePath: string) => Promise<ISizeCalculationResult>;
}
