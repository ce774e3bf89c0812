// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { htmlToText } from './html-to-text';
import { parseArticle } from '../parse-article';

describe('htmlToText', () => {
  it('takes title, metadata and paragraphs', () => {
    const r = htmlToText(`<html><head><title>Site</title><meta name="author" content="Jean Dupont">
      <meta property="og:site_name" content="France 24"><meta property="article:published_time" content="2023-09-13T10:00:00Z">
      <meta property="og:url" content="https://www.france24.com/x"></head>
      <body><article><h1>Kim meets Putin at Vostochny</h1><p>Kim met   Putin on <b>Wednesday</b>.</p><p>Talks lasted two hours.</p></article></body></html>`);
    expect(r).toMatchObject({
      title: 'Kim meets Putin at Vostochny',
      author: 'Jean Dupont',
      siteName: 'France 24',
      date: '2023-09-13',
      url: 'https://www.france24.com/x',
    });
    expect(r.text).toBe(
      'Kim meets Putin at Vostochny\n\nKim met Putin on Wednesday.\n\nTalks lasted two hours.',
    );
    const parsed = parseArticle(r.text);
    expect(parsed.headline).toBe('Kim meets Putin at Vostochny');
    expect(parsed.sentences).toHaveLength(2);
  });

  it.each([
    ['a script', '<p>Safe text.</p><script>window.ran = 1; document.title = "pwned"</script>', 'window.ran'],
    ['an onerror handler', '<p>Safe text.</p><img src="x" onerror="window.ran = 1">', 'window.ran'],
    ['a javascript: link', '<p>Safe <a href="javascript:window.ran=1">text</a>.</p>', 'javascript:'],
    ['svg onload', '<p>Safe text.</p><svg onload="window.ran=1"><text>svg words</text></svg>', 'svg words'],
    [
      'an iframe',
      '<p>Safe text.</p><iframe srcdoc="<script>parent.ran=1</script>">frame words</iframe>',
      'frame words',
    ],
    [
      'style and noscript',
      '<style>p{}</style><noscript>enable js</noscript><template><p>tpl</p></template><p>Safe text.</p>',
      'enable js',
    ],
  ])('runs nothing and keeps no markup from %s', async (_name, body, leaked) => {
    const r = htmlToText(`<html><body>${body}</body></html>`);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect((window as unknown as { ran?: number }).ran).toBeUndefined();
    expect(document.title).not.toBe('pwned');
    expect(r.text).toContain('Safe');
    expect(r.text).not.toContain(leaked);
    expect(r.text).not.toMatch(/<\/?[a-z]/i);
  });

  it('drops a non-http canonical URL', () => {
    expect(htmlToText('<link rel="canonical" href="javascript:alert(1)"><p>x</p>').url).toBeNull();
  });
});

describe('event-handler attributes', () => {
  it('are defused before parsing, in every spelling', () => {
    const parsed: string[] = [];
    const spy = {
      parseFromString: (h: string, type: DOMParserSupportedType) => {
        parsed.push(h);
        return new DOMParser().parseFromString(h, type);
      },
    } as DOMParser;
    const r = htmlToText(
      '<p onclick="x()">A</p><img/onerror=alert(1) src=x><svg\nonload="y()"></svg><p>B. Go on=now</p>',
      spy,
    );
    expect(parsed[0]).not.toMatch(/[\s/"']on[a-z]+\s*=/i);
    expect(r.text).toBe('A\n\nB. Go on=now');
  });
});
