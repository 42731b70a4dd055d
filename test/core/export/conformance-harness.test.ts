// Sanity check of the conformance harness itself: the W3C suite's correct samples pass every
// MUST, and each incorrect sample fails at least one. 16 incorrect samples carry a stray trailing
// comma beside the defect they are about; a repaired copy is checked, so each one runs the MUSTs.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { annotationMusts, exportFailures, mustFailures, sampleFiles } from './web-annotation-conformance';

// The suite's own schemas do not recognise Composite, List and Independents targets
// (model §3.2.7), so its "correct" samples using them fail 3.2-targetObjectsRecognized upstream
// as well. Factdesk never exports those; the harness pins exactly this one known gap.
const SUITE_GAP = '3.2-targetObjectsRecognized.json';
const TARGET_SET_SAMPLES = new Set(['anno11.json', 'anno12.json', 'anno13.json']);
// The one sample whose defect is not being JSON at all ("This is not json").
const NOT_JSON_SAMPLE = 'anno1.json';

/** The text with every comma that directly precedes `}` or `]` (outside strings) removed. */
function withoutTrailingCommas(text: string): string {
  let out = '';
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (inString) {
      out += ch;
      if (ch === '\\') out += text[++i] ?? '';
      else if (ch === '"') inString = false;
      continue;
    }
    if (ch === '"') inString = true;
    if (ch === ',' && /^\s*[}\]]/.test(text.slice(i + 1))) continue;
    out += ch;
  }
  return out;
}

describe('W3C Web Annotation conformance harness', () => {
  it('loads the MUST assertions of annotationMusts.test', () => {
    expect(annotationMusts.length).toBeGreaterThan(40);
  });

  for (const file of sampleFiles('correct')) {
    it(`accepts correct/${basename(file)}`, () => {
      const json: unknown = JSON.parse(readFileSync(file, 'utf8'));
      if (TARGET_SET_SAMPLES.has(basename(file))) {
        expect(mustFailures(json).map((f) => f.assertion)).toEqual([SUITE_GAP]);
        return;
      }
      const failures = exportFailures(json).filter(
        // collection1 embeds anno11–13 as items 10–12.
        (f) => !(basename(file) === 'collection1.json' && /^item 1[0-2]: /.test(f) && f.includes(SUITE_GAP)),
      );
      expect(failures).toEqual([]);
    });
  }

  for (const file of sampleFiles('incorrect')) {
    it(`rejects incorrect/${basename(file)}`, () => {
      const text = readFileSync(file, 'utf8');
      if (basename(file) === NOT_JSON_SAMPLE) {
        expect(() => JSON.parse(withoutTrailingCommas(text)) as unknown).toThrow(SyntaxError);
        return;
      }
      // A sample that cannot be read even repaired throws here, and the test fails.
      const json: unknown = JSON.parse(withoutTrailingCommas(text));
      expect(mustFailures(json).length).toBeGreaterThan(0);
    });
  }

  it('repairs only trailing commas, never commas inside strings', () => {
    expect(withoutTrailingCommas('{"a": [1, 2, ], "b": ",}", }')).toBe('{"a": [1, 2 ], "b": ",}" }');
  });

  it('rejects a collection whose total is positive but has no first page', () => {
    const bad = { '@context': 'http://www.w3.org/ns/anno.jsonld', id: 'urn:x:c', type: 'AnnotationCollection', total: 2 };
    expect(exportFailures(bad).length).toBeGreaterThan(0);
  });

  it('rejects an embedded annotation without a target', () => {
    const bad = {
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      id: 'urn:x:c',
      type: 'AnnotationCollection',
      total: 1,
      first: { id: 'urn:x:c:1', type: 'AnnotationPage', items: [{ id: 'urn:x:a', type: 'Annotation' }] },
    };
    expect(exportFailures(bad).some((f) => f.startsWith('item 0: 3.1-targetKeyFound'))).toBe(true);
  });
});
