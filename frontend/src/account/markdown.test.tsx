import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Markdown, parseInline, parseMarkdown } from './markdown';

const render = (source: string, headingOffset = 0) => renderToStaticMarkup(<Markdown source={source} headingOffset={headingOffset} />);

describe('parseMarkdown', () => {
  it('reads headings, paragraphs and lists', () => {
    const blocks = parseMarkdown('# Title\n\nFirst line\ncontinues.\n\n- one\n- two\n  more\n\n1. a\n2) b\n\n## Next ##\n');
    expect(blocks).toEqual([
      { type: 'heading', level: 1, content: [{ type: 'text', text: 'Title' }] },
      { type: 'paragraph', content: [{ type: 'text', text: 'First line continues.' }] },
      { type: 'list', ordered: false, items: [[{ type: 'text', text: 'one' }], [{ type: 'text', text: 'two more' }]] },
      { type: 'list', ordered: true, items: [[{ type: 'text', text: 'a' }], [{ type: 'text', text: 'b' }]] },
      { type: 'heading', level: 2, content: [{ type: 'text', text: 'Next' }] },
    ]);
  });

  it('lets a list interrupt a paragraph, and a paragraph end a list', () => {
    expect(parseMarkdown('Intro:\n- a\nAfter').map((b) => b.type)).toEqual(['paragraph', 'list', 'paragraph']);
  });

  it('is not fooled by things that only look like headings', () => {
    expect(parseMarkdown('#hashtag')[0]).toMatchObject({ type: 'paragraph' });
    expect(parseMarkdown('####### seven')[0]).toMatchObject({ type: 'paragraph' });
  });

  it('drops rules and quote markers, keeping the text', () => {
    expect(parseMarkdown('a\n\n---\n\n> quoted')).toEqual([
      { type: 'paragraph', content: [{ type: 'text', text: 'a' }] },
      { type: 'paragraph', content: [{ type: 'text', text: 'quoted' }] },
    ]);
  });
});

describe('parseInline', () => {
  it('reads bold, italic and code; a link keeps only its words', () => {
    expect(parseInline('**Bold**, *it*, _it_, `x < y` and [our site](https://evil.example)')).toEqual([
      { type: 'strong', text: 'Bold' },
      { type: 'text', text: ', ' },
      { type: 'em', text: 'it' },
      { type: 'text', text: ', ' },
      { type: 'em', text: 'it' },
      { type: 'text', text: ', ' },
      { type: 'code', text: 'x < y' },
      { type: 'text', text: ' and our site' },
    ]);
  });

  it('keeps escaped markers and underscores inside words as text', () => {
    expect(parseInline('\\*not bold\\* and snake_case_name')).toEqual([{ type: 'text', text: '*not bold* and snake_case_name' }]);
  });
});

describe('Markdown', () => {
  it('renders the policy’s structure under the page’s own headings', () => {
    const html = render('# How we use your data\n\n## Your rights\n\nText with **weight**.\n\n- a\n- b', 2);
    expect(html).toBe(
      '<div class="markdown"><h3>How we use your data</h3><h4>Your rights</h4><p>Text with <strong>weight</strong>.</p><ul><li>a</li><li>b</li></ul></div>',
    );
  });

  it('shows HTML in the source as text: no markup, script, handler or link gets through', () => {
    const html = render(
      '# <img src=x onerror=alert(1)>\n\n<script>alert("x")</script>\n\n- <a href="javascript:alert(1)">click</a>\n\n[x](javascript:alert(1)) **<b>bold</b>**',
    );
    expect(html).not.toMatch(/<(script|img|a|b)[\s>]/);
    expect(html).not.toContain(' href="');
    expect(html).toContain('<p>x <strong>');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(html).toContain('<h1>&lt;img src=x onerror=alert(1)&gt;</h1>');
    expect(html).toContain('<strong>&lt;b&gt;bold&lt;/b&gt;</strong>');
  });

  it('keeps headings within h1 to h6', () => {
    expect(render('###### deep', 3)).toContain('<h6>deep</h6>');
  });
});
