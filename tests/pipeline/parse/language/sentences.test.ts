import { describe, expect, test } from 'vitest';
import { splitSentences } from '../../../../src/pipeline/parse/language/sentences.ts';

const sentences = (text: string) => splitSentences(text).map(({ start, end }) => text.slice(start, end));

describe('splitSentences', () => {
  test('splits ordinary sentences', () => {
    expect(sentences('It rained. Then it stopped! Did it?')).toEqual(['It rained.', 'Then it stopped!', 'Did it?']);
  });

  test('does not split after a middle initial or a title', () => {
    expect(sentences('Lloyd J. Austin met Dr. Carter. They talked.')).toEqual([
      'Lloyd J. Austin met Dr. Carter.',
      'They talked.',
    ]);
  });

  test('does not split after a dotted acronym inside a sentence', () => {
    expect(sentences('The U.S. Army said so. Others agreed.')).toEqual(['The U.S. Army said so.', 'Others agreed.']);
  });

  test('keeps closing quote marks with their sentence', () => {
    expect(sentences('“We will see.” He left.')).toEqual(['“We will see.”', 'He left.']);
  });
});

describe('splitSentences on news abbreviations', () => {
  test('does not split after ranks written before a name', () => {
    expect(sentences('Lt. Gen. Pat Ryder and Maj. Gen. Kim said so. Then they left.')).toEqual([
      'Lt. Gen. Pat Ryder and Maj. Gen. Kim said so.',
      'Then they left.',
    ]);
  });

  test('does not split inside a number written with a stray full stop', () => {
    expect(sentences('FEMA has shipped over 7.1. million meals. More came.')).toEqual([
      'FEMA has shipped over 7.1. million meals.',
      'More came.',
    ]);
  });

  test('does not split after a courtesy title in capitals', () => {
    expect(sentences('MS. JEAN-PIERRE:  Okay. Thanks.')).toEqual(['MS. JEAN-PIERRE:  Okay.', 'Thanks.']);
  });
});
