import fs from 'fs';
import path from 'path';
import { validateXML, type XMLFileInfo } from 'xmllint-wasm';

/**
 * Sitemaps checked by libxml2's own XML Schema validator (xmllint, compiled to WebAssembly by xmllint-wasm, so no
 * system package and nothing fetched): the sitemaps.org schema, and for the Google News sitemap that schema with
 * Google's news extension beside it (news-sitemap.xsd imports both).
 */

const ROOT = path.resolve(__dirname, '..', '..', 'standards', 'sitemaps');
const schemaFile = (fileName: string): XMLFileInfo => ({ fileName, contents: fs.readFileSync(path.join(ROOT, fileName), 'utf8') });

/** xmllint's messages for the document, each with its line; empty when the document is valid. */
async function errorsAgainst(xml: string, schema: string, preload: string[]): Promise<string[]> {
  const result = await validateXML({
    xml: [{ fileName: 'answer.xml', contents: xml }],
    schema: [schemaFile(schema)],
    preload: preload.map(schemaFile),
  });
  return result.valid ? [] : result.errors.map((error) => error.rawMessage);
}

export const sitemapErrors = (xml: string): Promise<string[]> => errorsAgainst(xml, 'sitemap.xsd', []);

export const newsSitemapErrors = (xml: string): Promise<string[]> => errorsAgainst(xml, 'news-sitemap.xsd', ['sitemap.xsd', 'sitemap-news.xsd']);
