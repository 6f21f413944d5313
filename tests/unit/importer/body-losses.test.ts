import fs from 'fs';
import path from 'path';
import { bodyLosses } from '../../../src/importer/domain/body-losses';
import { readFrontMatter } from '../../../src/importer/domain/front-matter';

const POSTS = path.resolve(__dirname, '..', '..', '..', '..', 'shared', 'fixtures', 'adriatic', '_posts');
const lossesOf = (source: string) => bodyLosses(source, readFrontMatter(source).body);

const POST = `---
title: Losses
---

First paragraph with a <mark class="purple">purple quote</mark>.

{% include figure.html src="/x.jpg" %}

<figure><img src="/x.jpg" alt="A bridge"><figcaption>The bridge.</figcaption></figure> <img src="data:image/png;base64,AA">

If x<y and y>z, the claim holds; a <mark class="Rose">cased colour</mark> and {{ page.title }}.

\`{% raw %}\` in code, \`<div>\` in code, and a [link]({{ '/newsletter' | relative_url }}).
`;

describe("Reporting what an imported body loses, with the file's line numbers", () => {
  it('names each Liquid tag, unknown mark colour and removed image, in order, on its line, and not a figure the body keeps', () => {
    expect(lossesOf(POST)).toEqual([
      'line 5: the mark colour "purple" is not one of yellow, green, rose: kept as written, shown in the default colour',
      'line 7: the Liquid tag {% include figure.html src="/x.jpg" %} is kept as written: the CMS runs no Liquid, so readers see it as text',
      'line 9: the image from "data:image/png;base64,AA" is not kept: only web and site addresses are',
      'line 11: the mark colour "Rose" is not one of yellow, green, rose: kept as written, shown in the default colour',
      'line 11: the Liquid tag {{ page.title }} is kept as written: the CMS runs no Liquid, so readers see it as text',
    ]);
  });

  it('names a Markdown image from an address readers cannot be sent to, and not one from the web, the site or code', () => {
    const source = `---\ntitle: X\n---\n\n![A map](maps/balkans.png)\n\n![A bridge](/img/bridge.jpg "The bridge") and ![Web](https://img.example/a.png)\n\n\`![code](x.png)\`\n`;
    expect(lossesOf(source)).toEqual(['line 5: the image from "maps/balkans.png" is not kept: only web and site addresses are']);
  });

  it('finds nothing lost in prose with < and >, code, or a relative_url link', () => {
    expect(lossesOf('---\ntitle: X\n---\nIf x<y and y>z.\n\n```\n<div>{% raw %}</div>\n```\n\n[a]({{ "/b" | relative_url }})\n')).toEqual([]);
  });

  it('finds nothing lost in the fixture posts', () => {
    for (const file of fs.readdirSync(POSTS)) expect([file, lossesOf(fs.readFileSync(path.join(POSTS, file), 'utf8'))]).toEqual([file, []]);
  });
});
