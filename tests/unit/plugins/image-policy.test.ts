import { DEFAULT_CONFIG } from '../../../src/plugins/image-policy/server/src/config';
import { namedAiTool } from '../../../src/plugins/image-policy/server/src/domain/ai-tools';
import { applyFix, fixesFor } from '../../../src/plugins/image-policy/server/src/domain/fixes';
import { inferOrigin, type LeadImage } from '../../../src/plugins/image-policy/server/src/domain/lead-image';
import { digitalSourceTypeOf, originOfDigitalSourceType } from '../../../src/plugins/image-policy/server/src/domain/origins';
import { overrideCovers, overriddenImage, overrideReason } from '../../../src/plugins/image-policy/server/src/domain/override';
import { checkLeadImage, imageDisclosure } from '../../../src/plugins/image-policy/server/src/domain/policy';
import { readSettings } from '../../../src/plugins/image-policy/server/src/domain/settings';
import { embeddedDigitalSourceType } from '../../../src/plugins/image-policy/server/src/domain/xmp';
import { png, xmpPacket } from '../../helpers/xmp-image';

const settings = DEFAULT_CONFIG;
const codes = (image: LeadImage | null) => checkLeadImage(image, settings).map((finding) => finding.code);
const AI = 'http://cv.iptc.org/newscodes/digitalsourcetype/trainedAlgorithmicMedia';

// The fixture posts' lead images, as the importer reads them.
const PLACEHOLDER: LeadImage = { origin: 'ai-placeholder', caption: settings.placeholderCaption };
const DODIK: LeadImage = { url: 'https://res.cloudinary.com/x/image-chess.webp', caption: "The proxy's gambit.", credit: 'ChatGPT', origin: 'ai-generated' };
const ALBANIAN: LeadImage = { url: 'https://res.cloudinary.com/x/image-hammer.webp' };

describe('the caption policy', () => {
  it('passes a placeholder carrying the standard caption', () => {
    expect(codes(PLACEHOLDER)).toEqual([]);
  });

  it('reports an AI image credited "ChatGPT" whose caption does not tell the reader, on the caption', () => {
    const findings = checkLeadImage(DODIK, settings);
    expect(findings.map((finding) => [finding.code, finding.path.join('.')])).toEqual([['ai-disclosure-missing', 'leadImage.caption']]);
  });

  it('asks for the origin of a picture nobody described', () => {
    expect(checkLeadImage(ALBANIAN, settings)).toEqual([expect.objectContaining({ code: 'origin-missing', path: ['leadImage', 'origin'] })]);
  });

  it('passes a photograph with a credit and refuses one without', () => {
    expect(codes({ url: 'https://example.org/p.jpg', origin: 'photograph', credit: 'Ana Kovač / Reuters' })).toEqual([]);
    expect(codes({ url: 'https://example.org/p.jpg', origin: 'photograph', credit: '  ' })).toEqual(['photo-credit-missing']);
  });

  it('says so when a "photograph" is credited to an AI tool', () => {
    expect(checkLeadImage({ file: 3, origin: 'photograph', credit: 'Midjourney' }, settings)[0].message).toMatch(/Midjourney.*AI-generated/);
  });

  it('wants an AI image credited to the tool, never to a photographer', () => {
    expect(codes({ file: 3, origin: 'ai-generated', caption: 'AI-generated illustration.', credit: '' })).toEqual(['ai-credit-missing-tool']);
    expect(codes({ file: 3, origin: 'ai-generated', caption: 'An AI image.', credit: 'Photo: Jane Doe, Midjourney' })).toEqual(['ai-credit-photographer']);
    expect(codes({ file: 3, origin: 'ai-generated', caption: 'The chessboard.', credit: 'Generated with DALL·E 3' })).toEqual([]);
  });

  it('wants the placeholder to carry the standard caption, however its spaces were typed', () => {
    expect(codes({ origin: 'ai-placeholder', caption: 'Pixel art of Prizren.' })).toEqual(['placeholder-caption']);
    expect(codes({ caption: ` ${settings.placeholderCaption.replace(/ /g, '  ')} ` })).toEqual([]);
  });

  it('accepts no image at all when the editor chose "none", but not "none" with a picture attached', () => {
    expect(codes({ origin: 'none' })).toEqual([]);
    expect(codes({ origin: 'none', url: 'https://example.org/a.jpg' })).toEqual(['origin-none-with-picture']);
    expect(codes({ origin: 'photograph', credit: 'Reuters' })).toEqual(['picture-missing']);
  });

  it('asks nothing more of an illustration', () => {
    expect(codes({ file: 1, origin: 'illustration' })).toEqual([]);
  });
});

describe('AI tools and disclosure words', () => {
  it.each([
    ['ChatGPT', 'ChatGPT'],
    ['chatgpt-4o', 'ChatGPT'],
    ['Image: DALL-E 3', 'DALL·E'],
    ['Adobe Firefly', 'Firefly'],
    ['Stable  Diffusion XL', 'Stable Diffusion'],
  ])('finds the tool in the credit "%s"', (credit, tool) => {
    expect(namedAiTool(credit, settings.aiTools)).toBe(tool);
  });

  it.each(['Geminids over Tara, by Ana Kovač', 'Reuters', ''])('finds no tool in "%s"', (credit) => {
    expect(namedAiTool(credit, settings.aiTools)).toBeNull();
  });
});

describe('inferring an origin the editor left unset', () => {
  const evidence = { aiTools: settings.aiTools };

  it('takes what the file says about itself first', () => {
    expect(inferOrigin({ file: 1, credit: 'Reuters' }, { ...evidence, embeddedSourceType: AI })).toBe('ai-generated');
    expect(inferOrigin({ file: 1 }, { ...evidence, embeddedSourceType: 'http://cv.iptc.org/newscodes/digitalsourcetype/digitalCapture' })).toBe('photograph');
  });

  it('takes a credit naming an AI tool as AI-generated', () => {
    expect(inferOrigin({ url: 'https://x/y.webp', credit: 'ChatGPT' }, evidence)).toBe('ai-generated');
  });

  it('leaves a human credit to the editor: photograph or illustration cannot be told', () => {
    expect(inferOrigin({ url: 'https://x/y.webp', credit: 'Ana Kovač' }, evidence)).toBeNull();
  });

  it("never overrules the editor's choice", () => {
    expect(inferOrigin({ file: 1, origin: 'illustration', credit: 'Midjourney' }, { ...evidence, embeddedSourceType: AI })).toBe('illustration');
  });
});

describe('IPTC Digital Source Types', () => {
  it('publishes AI images and the placeholder as trainedAlgorithmicMedia and photographs as digitalCapture', () => {
    expect(digitalSourceTypeOf('ai-generated')).toBe(AI);
    expect(digitalSourceTypeOf('ai-placeholder')).toBe(AI);
    expect(digitalSourceTypeOf('photograph')).toBe('http://cv.iptc.org/newscodes/digitalsourcetype/digitalCapture');
    expect(digitalSourceTypeOf('none')).toBeNull();
  });

  it('reads the https form and ignores codes that do not tell who made the picture', () => {
    expect(originOfDigitalSourceType('https://cv.iptc.org/newscodes/digitalsourcetype/compositeWithTrainedAlgorithmicMedia')).toBe('ai-generated');
    expect(originOfDigitalSourceType('http://cv.iptc.org/newscodes/digitalsourcetype/compositeSynthetic')).toBeNull();
    expect(originOfDigitalSourceType('http://example.org/digitalsourcetype/digitalCapture')).toBeNull();
    expect(originOfDigitalSourceType('http://cv.iptc.org/newscodes/digitalsourcetype/constructor')).toBeNull();
  });

  it('tells frontends what to label', () => {
    expect(imageDisclosure(PLACEHOLDER)).toEqual({
      origin: 'ai-placeholder',
      digitalSourceType: AI,
      caption: settings.placeholderCaption,
      credit: null,
      isPlaceholder: true,
    });
    expect(imageDisclosure(ALBANIAN)).toMatchObject({ origin: null, digitalSourceType: null, isPlaceholder: false });
  });
});

describe('reading XMP embedded in an image', () => {
  it('finds the Digital Source Type of a PNG, written as an attribute', () => {
    expect(embeddedDigitalSourceType(png(xmpPacket(AI)))).toBe(AI);
  });

  it('finds it written as an element under another prefix, and as an rdf:resource', () => {
    const element = `<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description xmlns:ext="http://iptc.org/std/Iptc4xmpExt/2008-02-29/"><ext:DigitalSourceType> ${AI} </ext:DigitalSourceType></rdf:Description></rdf:RDF></x:xmpmeta>`;
    expect(embeddedDigitalSourceType(Buffer.concat([Buffer.from([0xff, 0xd8]), Buffer.from(element)]))).toBe(AI);
    const resource = element.replace(/<ext:DigitalSourceType>.*<\/ext:DigitalSourceType>/, `<ext:DigitalSourceType rdf:resource="${AI}"/>`);
    expect(embeddedDigitalSourceType(Buffer.from(resource))).toBe(AI);
  });

  it('ignores a DigitalSourceType of another namespace, and files without XMP', () => {
    const foreign = xmpPacket(AI).replace('http://iptc.org/std/Iptc4xmpExt/2008-02-29/', 'http://example.org/other/');
    expect(embeddedDigitalSourceType(png(foreign))).toBeNull();
    expect(embeddedDigitalSourceType(png())).toBeNull();
    expect(embeddedDigitalSourceType(Buffer.from('<x:xmpmeta xmlns:x="adobe:ns:meta/"> truncated'))).toBeNull();
  });
});

describe('fix-its', () => {
  it('offers the disclosure line for the fixture image and names the credited tool', () => {
    const findings = checkLeadImage(DODIK, settings);
    expect(fixesFor(findings)).toEqual(['disclosure-line']);
    const fixed = applyFix(DODIK, 'disclosure-line', settings);
    expect(fixed).toEqual({ ...DODIK, caption: "The proxy's gambit. Image generated with ChatGPT." });
    expect(checkLeadImage(fixed, settings)).toEqual([]);
  });

  it('puts the standard caption on a placeholder', () => {
    const fixed = applyFix({ origin: 'ai-placeholder', caption: 'Pixel art.' }, 'placeholder-caption', settings);
    expect(checkLeadImage(fixed, settings)).toEqual([]);
  });
});

describe('overrides', () => {
  const findings = checkLeadImage(DODIK, settings);
  const recorded = { image: overriddenImage(DODIK), codes: findings.map((finding) => finding.code) };

  it('answer for the image they were recorded for', () => {
    expect(overrideCovers(recorded, { ...DODIK, id: 4 }, findings)).toBe(true);
  });

  it('lapse when the caption, credit, picture or origin changes', () => {
    for (const change of [{ caption: 'The gambit.' }, { credit: 'ChatGPT-4o' }, { url: 'https://x/other.webp' }, { file: 9 }]) {
      const image = { ...DODIK, ...change };
      expect(overrideCovers(recorded, image, checkLeadImage(image, settings))).toBe(false);
    }
  });

  it('need a reason of at least a sentence', () => {
    expect(overrideReason.safeParse('  ok ').error?.issues[0].message).toMatch(/why/);
    expect(overrideReason.safeParse(42).error?.issues[0].message).toMatch(/why/);
    expect(overrideReason.parse('  The newsroom approved this image. ')).toBe('The newsroom approved this image.');
  });
});

describe('settings', () => {
  it('overlay what an admin sends on the current settings', () => {
    const { settings: next, errors } = readSettings({ aiTools: ['Sora', ' ', 'Sora'] }, settings);
    expect(errors).toEqual([]);
    expect(next).toEqual({ ...settings, aiTools: ['Sora'] });
  });

  it('report each wrong field by its path', () => {
    const { errors } = readSettings({ placeholderCaption: '', aiTools: 'ChatGPT', colour: 'red' }, settings);
    expect(errors.map((error) => error.path)).toEqual([['colour'], ['placeholderCaption'], ['aiTools']]);
    expect(errors[0].message).toBe('Unknown setting "colour".');
  });

  it('keep the fields that are right when others are not, and refuse what is not an object', () => {
    const { settings: next, errors } = readSettings({ disclosureLine: ' Made with {tool}. ', aiTools: [] }, settings);
    expect(errors.map((error) => error.path)).toEqual([['aiTools']]);
    expect(next).toEqual({ ...settings, disclosureLine: 'Made with {tool}.' });
    expect(readSettings(['x'], settings).errors).toEqual([{ path: [], message: 'Send the settings as an object.' }]);
  });
});
