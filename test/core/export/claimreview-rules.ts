// Google's documented rules for Fact Check (ClaimReview) markup, as JSON Schemas for Ajv:
// what Google requires, and what it recommends. See test/fixtures/export/conformance/README.md.
import Ajv from 'ajv';
import type { ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';

const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);

const nonEmpty = { type: 'string', minLength: 1 };

/** Required by Google: claimReviewed, reviewRating with alternateName, url. */
export const validateRequired: ValidateFunction = ajv.compile({
  type: 'object',
  required: ['@context', '@type', 'claimReviewed', 'reviewRating', 'url'],
  properties: {
    '@context': { type: 'string', pattern: '^https?://schema\\.org/?$' },
    '@type': { const: 'ClaimReview' },
    claimReviewed: nonEmpty,
    url: { type: 'string', format: 'uri', pattern: '^https?://' },
    reviewRating: {
      type: 'object',
      required: ['@type', 'alternateName'],
      properties: { '@type': { enum: ['Rating', 'rating'] }, alternateName: nonEmpty },
    },
  },
});

const agent = {
  type: 'object',
  required: ['@type', 'name'],
  properties: { '@type': { enum: ['Person', 'Organization'] }, name: nonEmpty },
};

/**
 * Recommended by Google: author (an Organization), datePublished, itemReviewed as a Claim with
 * author, datePublished and appearance; on a numeric rating ratingValue with both bounds.
 */
export const validateRecommended: ValidateFunction = ajv.compile({
  type: 'object',
  required: ['author', 'datePublished', 'itemReviewed'],
  properties: {
    author: { ...agent, properties: { ...agent.properties, '@type': { const: 'Organization' }, url: { type: 'string', format: 'uri' } } },
    datePublished: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}' },
    itemReviewed: {
      type: 'object',
      required: ['@type', 'author', 'datePublished', 'appearance'],
      properties: {
        '@type': { const: 'Claim' },
        author: agent,
        datePublished: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}' },
        appearance: {
          type: 'object',
          required: ['@type'],
          anyOf: [{ required: ['url'] }, { required: ['headline'] }],
          properties: { url: { type: 'string', format: 'uri' }, headline: nonEmpty },
        },
      },
    },
    reviewRating: {
      type: 'object',
      if: { required: ['ratingValue'] },
      then: {
        required: ['bestRating', 'worstRating'],
        properties: { ratingValue: { type: 'number' }, bestRating: { type: 'number' }, worstRating: { type: 'number' } },
      },
    },
  },
});

export function errorsOf(validate: ValidateFunction): string {
  return ajv.errorsText(validate.errors);
}
