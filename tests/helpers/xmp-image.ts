import zlib from 'zlib';

const chunk = (type: string, data: Buffer): Buffer => {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(zlib.crc32(body));
  return Buffer.concat([length, body, crc]);
};

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
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), ...chunks]);
}

/**
 * A small PNG whose header declares a canvas of `width`×`height`, with one row of pixel data: what a decompression bomb
 * looks like to anything that trusts the header and allocates the canvas.
 */
export function pngDeclaring(width: number, height: number): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.writeUInt8(8, 8);
  header.writeUInt8(2, 9);
  const row = zlib.deflateSync(Buffer.alloc(1 + width * 3));
  const chunks = [chunk('IHDR', header), chunk('IDAT', row), chunk('IEND', Buffer.alloc(0))];
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), ...chunks]);
}
