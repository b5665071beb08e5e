import { describe, expect, it } from 'vitest';
import { splitStatements } from '../../src/graph/cypher-text.ts';

describe('splitStatements', () => {
  it('splits on semicolons and drops empty and comment-only statements', () => {
    expect(splitStatements('RETURN 1;\n\nRETURN 2;\n// just a comment\n;')).toEqual(['RETURN 1', 'RETURN 2']);
  });

  it('ignores semicolons inside strings, backtick names and comments', () => {
    const text = `RETURN 'a;b' AS \`x;y\`, "c\\";d" // trailing; comment\n/* block; */ ;RETURN 3`;
    expect(splitStatements(text)).toHaveLength(2);
    expect(splitStatements(text)[0]).toContain("'a;b'");
  });

  it('keeps a single statement whole', () => {
    expect(splitStatements('  MATCH (n) RETURN n  ')).toEqual(['MATCH (n) RETURN n']);
  });
});
