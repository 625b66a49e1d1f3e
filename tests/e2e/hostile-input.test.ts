/**
 * Hostile and broken article files (tests/e2e/hostile/, plus the large ones made here): each is
 * either rendered safely and literally or reported by name with a reason and skipped. The site
 * is built twice from two seed articles, once with the hostile files and once without, so that
 * the seeds' output can be compared. bad-input.test.ts covers the log format of rejected files;
 * this file covers the whole list of cases, every page of the build, and isolation.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { slugify } from '../../src/loaders/slugify.ts';
import { hasClaimPage } from '../../src/lib/claim-kinds.ts';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { MAX_ARTICLE_BYTES } from '../../src/lib/errors.ts';
import { decodeArticle } from '../../src/loaders/decode-text.ts';
import { splitLines } from '../../src/pipeline/parse/parse-article.ts';
import { buildSite, seedArticles, storyFiles, type SiteBuild } from '../support/site-build.ts';

const FIXTURES = new URL('./hostile/', import.meta.url);

/** How a case must come out: skipped with a reason that contains `hint`, or rendered at `/articles/<slug>/`. */
type Outcome = { rejected: string } | { slug: string };

const OUTCOMES: Record<string, Outcome> = {
  'empty.txt': { rejected: 'empty' },
  'whitespace-only.txt': { rejected: 'white space' },
  'nul-bytes.txt': { rejected: 'NUL byte on line 2' },
  'latin1.txt': { rejected: 'not valid UTF-8 (first bad byte on line 1)' },
  'huge-single-line.txt': { rejected: 'limit' },
  'zurich-report-2024.txt': { rejected: 'same as that of stories/hostile/articles/Zürich report 2024.txt' },
  'bom-crlf.txt': { slug: 'bom-crlf' },
  'ten-thousand-lines.txt': { slug: 'ten-thousand-lines' },
  'html.txt': { slug: 'html' },
  'markdown.txt': { slug: 'markdown' },
  'templates.txt': { slug: 'templates' },
  'unicode.txt': { slug: 'unicode' },
  'unbalanced-quotes.txt': { slug: 'unbalanced-quotes' },
  'foreign-quotes.txt': { slug: 'foreign-quotes' },
  'same-text-a.txt': { slug: 'same-text-a' },
  'same-text-b.txt': { slug: 'same-text-b' },
  'Zürich report 2024.txt': { slug: 'zurich-report-2024' },
  'Ελληνικά.txt': { slug: slugify('Ελληνικά') },
  '"><img src=x onerror=window.pwned=1>.txt': { slug: 'img-src-x-onerror-window-pwned-1' },
};

// Too large to commit, or not a valid file name on every system: made at test time.
const GENERATED: Record<string, string> = {
  'huge-single-line.txt': 'A'.repeat(5 * 1024 * 1024),
  'ten-thousand-lines.txt': Array.from({ length: 10_000 }, (_, index) => `Line ${index + 1}.`).join('\n'),
  '"><img src=x onerror=window.pwned=1>.txt':
    'A file name with markup in it\nThe name is shown on the sources page as text.\n',
};

const fixtureFiles = readdirSync(FIXTURES).filter((name) => name.endsWith('.txt'));
const hostile = new Map<string, string | Uint8Array>([
  ...fixtureFiles.map((name) => [name, readFileSync(new URL(name, FIXTURES))] as const),
  ...Object.entries(GENERATED),
]);
const STORY = 'hostile';
/** Where a case's file is, relative to the content folder. */
const pathOf = (file: string) => `stories/${STORY}/articles/${file}`;
// Two seeds are enough to compare against and keep both builds short.
const seeds = new Map([...seedArticles()].slice(0, 2));

interface Exported {
  articles: { id: string; permalink: string }[];
  notLoaded: { file: string; line: number | null; reason: string }[];
  claims: { id: string; kind: string; articleId: string; text: string; line: number; start: number; end: number }[];
}

let withHostile: SiteBuild;
let without: SiteBuild;
let exported: Exported;
let baseline: Exported;

beforeAll(async () => {
  [withHostile, without] = await Promise.all([
    buildSite(storyFiles(STORY, new Map([...seeds, ...hostile])), { name: 'hostile' }),
    buildSite(storyFiles(STORY, seeds), { name: 'hostile-baseline' }),
  ]);
  const readExport = (build: SiteBuild) =>
    JSON.parse(readFileSync(`${build.outDir}/data/claims.json`, 'utf8')) as Exported;
  if (withHostile.status === 0) exported = readExport(withHostile);
  if (without.status === 0) baseline = readExport(without);
}, 180_000);

afterAll(() => {
  withHostile.remove();
  without.remove();
});

const parsePage = (build: SiteBuild, path: string): Root => fromHtml(build.page(path));
const elements = (tree: Root | Element, match: (node: Element) => boolean): Element[] => {
  const found: Element[] = [];
  visit(tree, 'element', (node) => {
    if (match(node)) found.push(node);
  });
  return found;
};
const hasClass = (node: Element, name: string) =>
  Array.isArray(node.properties.className) && node.properties.className.includes(name);
const normalize = (text: string) => text.replace(/\s+/g, ' ').trim();
/** The text of a case as the loader reads it (byte order mark dropped, line endings made LF). */
function textOf(file: string): string {
  const content = hostile.get(file)!;
  const decoded = decodeArticle(file, typeof content === 'string' ? new TextEncoder().encode(content) : content);
  if (!decoded.ok) throw new Error(decoded.problem.reason);
  return decoded.text;
}
const rejectedCases = Object.entries(OUTCOMES).flatMap(([file, outcome]) =>
  'rejected' in outcome ? [{ file, hint: outcome.rejected }] : [],
);
const renderedCases = Object.entries(OUTCOMES).flatMap(([file, outcome]) =>
  'slug' in outcome ? [{ file, slug: outcome.slug }] : [],
);

describe('the hostile fixture folder', () => {
  test('has an expected outcome for every file, and a file for every outcome', () => {
    expect([...hostile.keys()].sort()).toEqual(Object.keys(OUTCOMES).sort());
  });

  test('makes the large cases at the sizes the issue names', () => {
    expect(Buffer.byteLength(GENERATED['huge-single-line.txt']!)).toBeGreaterThan(MAX_ARTICLE_BYTES);
    expect(GENERATED['huge-single-line.txt']).not.toContain('\n');
    expect(splitLines(GENERATED['ten-thousand-lines.txt']!)).toHaveLength(10_000);
  });
});

describe('a build with hostile article files', () => {
  test('succeeds without a stack trace in its log', () => {
    expect(withHostile.status, withHostile.log).toBe(0);
    expect(without.status, without.log).toBe(0);
    expect(withHostile.log).not.toMatch(/\n\s+at .*\(?.*:\d+:\d+\)?\n/);
  });

  test.each(rejectedCases)('reports $file by name with its reason, and skips it', ({ file, hint }) => {
    const lines = withHostile.log
      .split('\n')
      .filter((line) => line.includes(`/${file}`) && line.includes('not loaded'));
    expect(lines, withHostile.log).toHaveLength(1);
    expect(lines[0]).toContain(hint);
    expect(exported.notLoaded.find((entry) => entry.file === pathOf(file))?.reason).toContain(hint);
    expect(exported.articles.map((article) => article.id)).not.toContain(file.slice(0, -4));
    const listed = elements(
      parsePage(withHostile, 'sources'),
      (node) =>
        node.tagName === 'li' &&
        elements(node, (child) => child.tagName === 'code' && toString(child) === pathOf(file)).length > 0,
    );
    expect(listed).toHaveLength(1);
    expect(normalize(toString(listed[0]!))).toContain(hint);
  });

  test.each(renderedCases)('renders $file at its own page with every line shown as text', ({ file, slug }) => {
    const text = textOf(file);
    const article = exported.articles.find((entry) => entry.id === file.slice(0, -4));
    expect(article?.permalink).toBe(`/articles/${slug}/`);
    const reader = elements(
      parsePage(withHostile, `articles/${slug}`),
      (node) => node.tagName === 'article' && hasClass(node, 'reader'),
    )[0]!;
    const shown = normalize(toString(reader));
    const lines = splitLines(text);
    const missing = lines.filter((line) => line.trim() !== '' && !shown.includes(normalize(line)));
    expect(missing.slice(0, 5)).toEqual([]);
    // The last line that has text has its anchor (`#L10000` for the long file).
    const last = lines.findLastIndex((line) => line.trim() !== '') + 1;
    expect(elements(reader, (node) => node.properties.id === `L${last}`)).toHaveLength(1);
  });

  test.each(renderedCases)('points every claim of $file at its exact source text', ({ file }) => {
    const lines = splitLines(textOf(file));
    const wrong = exported.claims
      .filter((claim) => claim.articleId === file.slice(0, -4))
      .filter((claim) => lines[claim.line]?.slice(claim.start, claim.end) !== claim.text);
    expect(wrong).toEqual([]);
  });

  test('gives two files with the same text their own pages and their own claim ids', () => {
    const idsOf = (articleId: string) =>
      exported.claims.filter((claim) => claim.articleId === articleId).map((claim) => claim.id);
    const [a, b] = [idsOf('same-text-a'), idsOf('same-text-b')];
    expect(a.length).toBeGreaterThan(0);
    expect(b).toHaveLength(a.length);
    expect(a.filter((id) => b.includes(id))).toEqual([]);
    expect(new Set(exported.claims.map((claim) => claim.id)).size).toBe(exported.claims.length);
  });
});

// Attributes whose value a browser follows as a URL, in hast's property names.
const URL_PROPERTIES = [
  'href',
  'src',
  'action',
  'formAction',
  'xLinkHref',
  'data',
  'poster',
  'background',
  'cite',
  'srcSet',
  'ping',
  'manifest',
  'codeBase',
];
// Elements that run or embed content, or change how every URL of the page resolves.
const FORBIDDEN_ELEMENTS = new Set([
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'base',
  'portal',
  'fencedframe',
]);

/** Everything in one built page that could run script or load content the site did not write. */
function executableMarkup(tree: Root): string[] {
  const found: string[] = [];
  visit(tree, 'element', (node) => {
    const { tagName, properties } = node;
    const where = `<${tagName}${properties.id ? ` id="${properties.id}"` : ''}>`;
    if (FORBIDDEN_ELEMENTS.has(tagName)) found.push(`${where}: element not allowed`);
    for (const [name, value] of Object.entries(properties)) {
      if (/^on/i.test(name)) found.push(`${where}: event handler ${name}`);
      if (name === 'srcDoc') found.push(`${where}: srcdoc`);
      const url = Array.isArray(value) ? value.join(' ') : String(value ?? '');
      // Browsers drop control characters and white space before the scheme.
      if (URL_PROPERTIES.includes(name) && /^(javascript|vbscript|data):/i.test(url.replace(/[\p{Cc} ]/gu, '')))
        found.push(`${where}: ${name}=${url}`);
    }
    if (tagName === 'style' && toString(node).includes('display: none'))
      found.push(`${where}: a style sheet from article text`);
    if (
      tagName === 'meta' &&
      properties.httpEquiv !== undefined &&
      String(properties.httpEquiv).toLowerCase() !== 'content-security-policy'
    ) {
      found.push(`${where}: http-equiv=${String(properties.httpEquiv)}`);
    }
    if (tagName === 'script') {
      const type = properties.type ?? '';
      const text = toString(node);
      if (type === 'application/ld+json') {
        // A data block is never run; it must hold JSON and nothing that could close the element early.
        try {
          JSON.parse(text);
        } catch {
          found.push(`${where}: JSON-LD that is not JSON: ${text.slice(0, 80)}`);
        }
        if (text.includes('<')) found.push(`${where}: JSON-LD with an unescaped "<"`);
      } else if (
        type !== 'module' ||
        typeof properties.src !== 'string' ||
        !properties.src.startsWith('/_astro/') ||
        text.trim() !== ''
      ) {
        found.push(`${where} type="${type}" src="${properties.src ?? ''}": ${text.slice(0, 80)}`);
      }
    }
  });
  return found;
}

describe('the executable-markup scanner', () => {
  test.each([
    '<script>window.pwned = 1</script>',
    '<script type="module" src="https://evil.example/x.js"></script>',
    '<script type="application/ld+json">{"a": "</script><b>"}</script>',
    '<img src=x onerror="window.pwned = 2">',
    '<a href=" javascript:window.pwned = 3">x</a>',
    '<iframe src="/"></iframe>',
    '<meta http-equiv="refresh" content="0;url=/">',
    '<base href="https://evil.example/">',
    '<svg><a xlink:href="javascript:window.pwned = 4">y</a></svg>',
  ])('finds %s planted in a page', (html) => {
    expect(executableMarkup(fromHtml(html))).toHaveLength(1);
  });

  test("passes the site's own scripts, JSON-LD and links", () => {
    expect(
      executableMarkup(
        fromHtml(
          '<script type="module" src="/_astro/a.js"></script><script type="application/ld+json">{"a": "\\u003c/script>"}</script><a href="/x/">x</a>',
        ),
      ),
    ).toEqual([]);
  });
});

describe('every page of the hostile build', () => {
  test('holds no executable markup: no inline script, event handler, javascript: URL, frame, object or base', () => {
    const found = [...withHostile.files()]
      .filter(([path]) => path.endsWith('.html'))
      .flatMap(([path, file]) =>
        executableMarkup(fromHtml(readFileSync(file, 'utf8'))).map((problem) => `${path}: ${problem}`),
      );
    expect(found).toEqual([]);
  });

  test('shows the markup of html.txt as text on its page, and never as elements', () => {
    const tree = parsePage(withHostile, 'articles/html');
    const text = toString(tree);
    expect(text).toContain('<script>window.pwned = "script"</script> Markup in a headline');
    expect(text).toContain('<iframe src="javascript:window.pwned = \'iframe\'"></iframe>');
    expect(text).toContain('</p></article><a href="javascript:window.pwned = \'a\'">');
    expect(text).toContain('&lt;script&gt; written as entities');
    expect(
      elements(
        tree,
        (node) => ['img', 'iframe', 'b', 'svg'].includes(node.tagName) && toString(node).includes('pwned'),
      ),
    ).toEqual([]);
  });

  test('keeps Markdown and template syntax as written', () => {
    const markdown = toString(parsePage(withHostile, 'articles/markdown'));
    expect(markdown).toContain('# A Markdown heading that is just text');
    expect(markdown).toContain('A [link](javascript:window.pwned = "md")');
    expect(markdown).toContain('| --- | --- |');
    const templates = toString(parsePage(withHostile, 'articles/templates'));
    for (const literal of [
      '{{ title }}',
      '${window.pwned = "template-literal"}',
      '{frontmatter.title}',
      '<Fragment set:html={"<b>x</b>"} />',
      '<%= window.pwned %>',
    ]) {
      expect(templates).toContain(literal);
    }
  });

  test('keeps right-to-left text, emoji, combining marks and zero-width characters', () => {
    const text = toString(parsePage(withHostile, 'articles/unicode'));
    for (const literal of [
      'שלום مرحبا',
      '👨‍👩‍👧',
      '\u202eesrever ni\u202c',
      'cafe\u0301 vs caf\u00e9',
      'Kim\u200bJong\u200cUn\u200d',
      '👍🏽',
    ])
      expect(text).toContain(literal);
  });

  test('lists a file name with markup in it as text on the sources page', () => {
    const sources = parsePage(withHostile, 'sources');
    expect(toString(sources)).toContain('"><img src=x onerror=window.pwned=1>.txt');
    expect(elements(sources, (node) => node.tagName === 'img')).toEqual([]);
  });
});

describe('the seed articles next to hostile files', () => {
  const seedIds = [...seeds.keys()].map((name) => name.slice(0, -4));
  const claimsOf = (data: Exported, id: string) => data.claims.filter((claim) => claim.articleId === id);
  const bodyOf = (build: SiteBuild, slug: string) =>
    elements(
      parsePage(build, `articles/${slug}`),
      (node) => hasClass(node, 'article-body') || node.properties.id === 'article-title',
    )
      .map((node) => toHtml(node))
      .join('\n');

  test.each(seedIds)('%s has the same claims, ids and offsets as without them', (id) => {
    expect(claimsOf(baseline, id).length).toBeGreaterThan(0);
    expect(claimsOf(exported, id)).toEqual(claimsOf(baseline, id));
  });

  test.each(seedIds)('%s reads the same on its page as without them', (id) => {
    const slug = baseline.articles.find((article) => article.id === id)!.permalink.split('/')[2]!;
    expect(bodyOf(withHostile, slug)).toBe(bodyOf(without, slug));
  });

  test.each(seedIds)('the claim pages of %s show the same context as without them', (id) => {
    const context = (build: SiteBuild, claimId: string) =>
      elements(
        parsePage(build, `claims/${claimId}`),
        (node) => hasClass(node, 'context-block') || hasClass(node, 'claim-title'),
      )
        .map((node) => toHtml(node))
        .join('\n');
    const changed = claimsOf(baseline, id)
      .filter((claim) => hasClaimPage(claim))
      .filter((claim) => context(withHostile, claim.id) !== context(without, claim.id));
    expect(changed.map((claim) => claim.id)).toEqual([]);
  });
});
