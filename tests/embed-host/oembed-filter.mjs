// What WordPress keeps of an oEmbed provider's HTML (wp_filter_oembed_result in wp-includes/embed.php):
// iframes with their address, size and title, and links; every script, style and data attribute goes.
// The embed tests paste what survives into a host page; the unit tests check the same filter.
import sanitizeHtml from 'sanitize-html';

export const wordpressOembedOptions = {
  allowedTags: ['a', 'iframe'],
  allowedAttributes: { a: ['href'], iframe: ['src', 'width', 'height', 'title'] },
  allowedSchemes: ['http', 'https'],
};

export function wordpressOembedFilter(html) {
  return sanitizeHtml(html, wordpressOembedOptions).trim();
}
