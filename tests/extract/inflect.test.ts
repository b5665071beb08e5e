import { describe, expect, it } from 'vitest';
import { nounForms, verbForms } from '../../src/extract/inflect.ts';

const forms = (lemma: string) => verbForms(lemma).map(([form]) => form);

describe('verbForms', () => {
  it('follows the regular spelling rules', () => {
    expect(forms('arrest')).toEqual(expect.arrayContaining(['arrests', 'arrested', 'arresting']));
    expect(forms('accuse')).toEqual(expect.arrayContaining(['accuses', 'accused', 'accusing']));
    expect(forms('worry')).toEqual(expect.arrayContaining(['worries', 'worried']));
    expect(forms('ban')).toEqual(expect.arrayContaining(['banned', 'banning']));
  });

  it('gives British and American forms where they differ', () => {
    expect(forms('label')).toEqual(expect.arrayContaining(['labelled', 'labeled']));
  });

  it('knows irregular news verbs', () => {
    expect(forms('send')).toContain('sent');
    expect(forms('meet')).toContain('met');
    expect(verbForms('speak')).toContainEqual(['spoken', 'participle']);
  });
});

describe('nounForms', () => {
  it('adds the plural', () => {
    expect(nounForms('ally')).toEqual(['ally', 'allies']);
    expect(nounForms('talks')).toEqual(['talks']);
  });
});
