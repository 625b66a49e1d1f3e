/**
 * The Content-Security-Policy of every built page, written by the page shell as a
 * `<meta http-equiv>` before any script or style sheet (a static host and `astro preview` send no
 * headers of their own). The dev server's pages carry none: it injects styles inline. Every script and style sheet the site uses is a file of its own origin (Astro bundles them;
 * `build.inlineStylesheets: 'never'` and `assetsInlineLimit: 0` in astro.config.mjs keep them
 * out of the page), so `'self'` is all a page needs: no inline script or event-handler attribute
 * runs, whatever an article contains. The other directives shut what the site does not use.
 * (`frame-ancestors` and violation reports only work in an HTTP header.)
 *
 * Astro's `security.csp` wrote the same policy plus hashes of each page's scripts and sheets,
 * all of them external: it hashed nine empty strings a page through WebCrypto, 4.9 s of a
 * 1,000-article build's 60, to add hashes no browser needed.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-src 'none'",
].join('; ');
