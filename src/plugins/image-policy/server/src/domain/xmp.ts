import { Parser } from 'htmlparser2';

const IPTC_EXT = 'http://iptc.org/std/Iptc4xmpExt/2008-02-29/';
const OPEN = Buffer.from('<x:xmpmeta');
const CLOSE = Buffer.from('</x:xmpmeta>');

/**
 * The XMP packets embedded in an image file. JPEG (APP1), PNG (iTXt), WebP (XMP chunk), TIFF and GIF all store XMP as
 * the plain UTF-8 text of an `x:xmpmeta` element, and XMP is designed to be found by scanning for it (XMP
 * specification, part 3), so one scan serves every format.
 */
function xmpPackets(file: Buffer): string[] {
  const packets: string[] = [];
  let from = 0;
  for (;;) {
    const start = file.indexOf(OPEN, from);
    if (start < 0) return packets;
    const end = file.indexOf(CLOSE, start);
    if (end < 0) return packets;
    packets.push(file.subarray(start, end + CLOSE.length).toString('utf8'));
    from = end + CLOSE.length;
  }
}

/** `Iptc4xmpExt:DigitalSourceType`, under whatever prefix the packet binds to the IPTC Extension namespace. */
function sourceTypeIn(packet: string): string | null {
  const prefixes = new Set<string>();
  let found: string | null = null;
  let capturing = false;
  let text = '';
  const isSourceType = (name: string) => {
    const [prefix, local] = name.includes(':') ? name.split(':', 2) : ['', name];
    return local === 'DigitalSourceType' && prefixes.has(prefix);
  };
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        for (const [key, value] of Object.entries(attributes)) {
          if (key.startsWith('xmlns:') && value === IPTC_EXT) prefixes.add(key.slice('xmlns:'.length));
        }
        for (const [key, value] of Object.entries(attributes)) {
          if (!found && isSourceType(key) && value.trim()) found = value.trim();
        }
        // Written as an element: the URI is its text, or its rdf:resource.
        if (!found && isSourceType(name)) {
          const resource = attributes['rdf:resource']?.trim();
          if (resource) found = resource;
          else capturing = true;
        }
      },
      ontext(chunk) {
        if (capturing) text += chunk;
      },
      onclosetag(name) {
        if (capturing && isSourceType(name)) {
          capturing = false;
          if (!found && text.trim()) found = text.trim();
        }
      },
    },
    { xmlMode: true, decodeEntities: true },
  );
  parser.end(packet);
  return found;
}

/** The IPTC Digital Source Type a file declares in its embedded XMP, or null when it declares none. */
export function embeddedDigitalSourceType(file: Buffer): string | null {
  for (const packet of xmpPackets(file)) {
    const found = sourceTypeIn(packet);
    if (found) return found;
  }
  return null;
}
