/** One CoNLL-U word row of a small GUM-style fixture, its `Entity=` brackets (if any) in MISC. */
export const word = (id: number, form: string, upos: string, head: number, deprel: string, entity = '', xpos = upos === 'PROPN' ? 'NNP' : 'X') =>
  [id, form, form, upos, xpos, '_', head, deprel, '_', entity ? `Entity=${entity}` : '_'].join('\t');
