// The W3C Web Annotation test suite's checks, run with Ajv: the draft-04 definitions and the
// assertion schemas from w3c/web-annotation-tests (copied into test/fixtures/export/conformance).
// Each assertion is a schema with assertionType (must/should/may) and expectedResult
// ("valid": the annotation must validate against it; "invalid": it must not).
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Ajv from 'ajv-draft-04';
import type { AnySchemaObject, ValidateFunction } from 'ajv-draft-04';
import addFormats from 'ajv-formats';

export const CONFORMANCE_DIR = resolve(__dirname, '../../fixtures/export/conformance/web-annotation');

interface Assertion {
  file: string;
  type: string;
  expected: 'valid' | 'invalid';
  message: string;
  validate: ValidateFunction;
}

export interface AssertionFailure {
  assertion: string;
  message: string;
  errors: string;
}

function readJson(path: string): AnySchemaObject {
  return JSON.parse(readFileSync(path, 'utf8')) as AnySchemaObject;
}

function createAjv(): Ajv {
  // strict: false because the suite's schemas carry extra keywords (assertionType, errorMessage…).
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  const defs = join(CONFORMANCE_DIR, 'definitions');
  for (const f of readdirSync(defs).sort()) ajv.addSchema(readJson(join(defs, f)));
  return ajv;
}

const ajv = createAjv();

/** The assertion files a .test list names ("annotations/x.json" lives at assertions/x.json). */
export function loadAssertionList(listFile: string): Assertion[] {
  const list = JSON.parse(readFileSync(join(CONFORMANCE_DIR, 'assertions', listFile), 'utf8')) as {
    assertions: string[];
  };
  return list.assertions.map((ref) => {
    const file = ref.replace(/^annotations\//, '');
    const schema = readJson(join(CONFORMANCE_DIR, 'assertions', file));
    const id = typeof schema.id === 'string' ? schema.id : file;
    const validate = ajv.getSchema(id) ?? ajv.compile(schema);
    return {
      file,
      type: String(schema.assertionType),
      expected: schema.expectedResult === 'invalid' ? 'invalid' : 'valid',
      message: String(schema.errorMessage ?? schema.title ?? file),
      validate,
    };
  });
}

export const annotationMusts = loadAssertionList('annotationMusts.test').filter((a) => a.type === 'must');

/** Every MUST assertion the annotation fails (empty when it conforms). */
export function mustFailures(annotation: unknown): AssertionFailure[] {
  const failures: AssertionFailure[] = [];
  for (const a of annotationMusts) {
    const valid = a.validate(annotation) === true;
    if (valid !== (a.expected === 'valid')) {
      failures.push({ assertion: a.file, message: a.message, errors: ajv.errorsText(a.validate.errors) });
    }
  }
  return failures;
}

// The collection model's rules (§5.1, §5.2), built from the suite's collections.json definitions:
// type and @context, label, total, first required when total > 0; a page is an AnnotationPage
// with an id, items, a valid startIndex and partOf.
const pageChecks: AnySchemaObject = {
  allOf: [
    { required: ['id'], properties: { id: { $ref: 'id.json#/definitions/arraySingleStringUri' } } },
    { $ref: 'collections.json#/definitions/annotationPageTypeValueFound' },
    { $ref: 'collections.json#/definitions/itemsFound' },
    { $ref: 'collections.json#/definitions/startIndexDefinition' },
    { $ref: 'collections.json#/definitions/partOfValidIfPresent' },
  ],
};
const contextChecks: AnySchemaObject = {
  required: ['@context'],
  properties: {
    '@context': {
      oneOf: [
        { $ref: 'collections.json#/definitions/contextValueFound' },
        { $ref: 'collections.json#/definitions/contextValueInArrayFound' },
      ],
    },
  },
};
const validateCollection = ajv.compile({
  id: 'factdesk-collection-check.json',
  type: 'object',
  required: ['id', 'type'],
  allOf: [
    contextChecks,
    { properties: { id: { $ref: 'id.json#/definitions/arraySingleStringUri' } } },
    { $ref: 'collections.json#/definitions/annotationCollectionTypeValueFound' },
    { $ref: 'collections.json#/definitions/labelDefinition' },
    { $ref: 'collections.json#/definitions/totalDefinition' },
    { $ref: 'collections.json#/definitions/firstValidIfPresent' },
    { $ref: 'collections.json#/definitions/firstRequiredIfTotalMoreThanZero' },
    // An embedded first page must itself be a valid page; a page named by its URI cannot be checked here.
    { properties: { first: { anyOf: [{ $ref: 'id.json#/definitions/stringUri' }, pageChecks] } } },
  ],
});
const validatePage = ajv.compile({ id: 'factdesk-page-check.json', type: 'object', allOf: [contextChecks, pageChecks] });

type Container = { '@context'?: unknown; type?: unknown; first?: unknown; items?: unknown };

/**
 * Container-level failures, then each embedded annotation's MUST failures. Embedded annotations
 * inherit the container's @context (JSON-LD scoping), so they are checked with it in place.
 */
export function containerFailures(container: unknown): string[] {
  const c = container as Container;
  const isPage = c.type === 'AnnotationPage';
  const validate = isPage ? validatePage : validateCollection;
  const out: string[] = [];
  if (validate(container) !== true) out.push(`${isPage ? 'page' : 'collection'}: ${ajv.errorsText(validate.errors)}`);
  const page = (isPage ? c : c.first) as Container | undefined;
  const items = typeof page === 'object' && page !== null && Array.isArray(page.items) ? page.items : [];
  items.forEach((item: unknown, i) => {
    const scoped = typeof item === 'object' && item !== null ? { '@context': c['@context'], ...item } : item;
    for (const f of mustFailures(scoped)) out.push(`item ${i}: ${f.assertion}: ${f.message} (${f.errors})`);
  });
  return out;
}

/** MUST failures of whatever an export holds: one annotation, a collection or a page. */
export function exportFailures(json: unknown): string[] {
  const type = (json as Container).type;
  if (type === 'AnnotationCollection' || type === 'AnnotationPage') return containerFailures(json);
  return mustFailures(json).map((f) => `${f.assertion}: ${f.message} (${f.errors})`);
}

export function sampleFiles(kind: 'correct' | 'incorrect'): string[] {
  const dir = join(CONFORMANCE_DIR, 'samples', kind);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => join(dir, f));
}
