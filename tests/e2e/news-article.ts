import { z } from 'astro/zod';

/**
 * schema.org NewsArticle as Google reads it for article rich results: the properties it
 * recommends (headline, image, datePublished, dateModified, author with name), typed as
 * schema.org defines them. Strict, so a misspelt property fails instead of being ignored.
 * https://developers.google.com/search/docs/appearance/structured-data/article
 */
const isoDateTime = z
  .string()
  .regex(
    /^\d{4}-\d\d-\d\dT\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:\d\d)$/,
    'an ISO 8601 date-time with a time zone',
  )
  .refine((value) => !Number.isNaN(Date.parse(value)), 'a real date');
const absoluteUrl = z.url({ protocol: /^https?$/ });
const organizationOrPerson = z.strictObject({
  '@type': z.enum(['Organization', 'Person']),
  name: z.string().min(1),
  url: absoluteUrl.optional(),
});

export const newsArticleSchema = z
  .strictObject({
    '@context': z.literal('https://schema.org'),
    '@type': z.literal('NewsArticle'),
    // Google truncates longer headlines in rich results.
    headline: z.string().min(1).max(110),
    description: z.string().min(1),
    datePublished: isoDateTime,
    dateModified: isoDateTime,
    author: z.array(organizationOrPerson).min(1),
    publisher: organizationOrPerson.optional(),
    image: z.array(absoluteUrl).min(1),
    mainEntityOfPage: absoluteUrl,
    isAccessibleForFree: z.boolean(),
  })
  .refine((article) => Date.parse(article.dateModified) >= Date.parse(article.datePublished), {
    message: 'dateModified is before datePublished',
    path: ['dateModified'],
  });
