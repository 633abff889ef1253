import type { AstroUserConfig } from 'astro';

/**
 * The Content-Security-Policy Astro writes into every page as a <meta> tag. Astro adds the hashes
 * of the scripts and styles it bundles or inlines, so no script runs unless the build made it.
 * Everything the page loads comes from its own origin (the story makes no third-party request).
 *
 * Framing (`frame-ancestors`) cannot be set in a <meta> tag (browsers ignore it there and log an
 * error), so it lives with the other response headers in public/_headers.
 */
type CspConfig = Exclude<NonNullable<NonNullable<AstroUserConfig['security']>['csp']>, boolean>;

export const contentSecurityPolicy: CspConfig = {
  algorithm: 'SHA-256',
  directives: [
    "default-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ],
  // The map's labels carry their build-time position and size in `style` attributes; a style
  // attribute cannot run code, so attributes are allowed while <style> elements need a hash.
  styleDirective: { resources: [{ resource: "'unsafe-inline'", kind: 'attribute' }] },
};
