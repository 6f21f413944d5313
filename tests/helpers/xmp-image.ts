import zlib from 'zlib';
import { PNG_SIGNATURE, pngChunk as chunk } from '../../bench/lib/png';

export { pngDeclaring } from '../../bench/lib/png';

/** An XMP packet declaring a Digital Source Type, written as an attribute (as Photoshop and most tools do). */
export const xmpPacket = (sourceType: string): string =>
  `<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="" xmlns:Iptc4xmpExt="http://iptc.org/std/Iptc4xmpExt/2008-02-29/"
    Iptc4xmpExt:DigitalSourceType="${sourceType}"/>
 </rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>`;

/**
 * A valid 1×1 PNG, with its XMP in an iTXt chunk (keyword "XML:com.adobe.xmp", as the XMP specification places it)
 * when a packet is given.
 */
export function png(xmp?: string): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(1, 0);
  header.writeUInt32BE(1, 4);
  header.writeUInt8(8, 8); // bit depth
  header.writeUInt8(2, 9); // truecolour
  const pixels = zlib.deflateSync(Buffer.from([0, 200, 120, 40]));
  const chunks = [chunk('IHDR', header)];
  if (xmp) chunks.push(chunk('iTXt', Buffer.concat([Buffer.from('XML:com.adobe.xmp\0\0\0\0\0', 'latin1'), Buffer.from(xmp, 'utf8')])));
  chunks.push(chunk('IDAT', pixels), chunk('IEND', Buffer.alloc(0)));
  return Buffer.concat([PNG_SIGNATURE, ...chunks]);
}
