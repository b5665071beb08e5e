/**
 * Splits Cypher text into statements on `;`, ignoring semicolons inside string
 * literals, backtick-quoted names and comments. Used to apply schema migration
 * files statement by statement and to refuse `;`-chained statements in `kg cypher`.
 */

/** Returns the statements of `text`, trimmed, without empty or comment-only ones. */
export function splitStatements(text: string): string[] {
  const statements: string[] = [];
  let start = 0;
  let i = 0;
  while (i < text.length) {
    const char = text[i]!;
    const next = text[i + 1];
    if (char === '/' && next === '/') {
      const end = text.indexOf('\n', i);
      i = end === -1 ? text.length : end + 1;
    } else if (char === '/' && next === '*') {
      const end = text.indexOf('*/', i + 2);
      i = end === -1 ? text.length : end + 2;
    } else if (char === "'" || char === '"' || char === '`') {
      i = skipQuoted(text, i);
    } else if (char === ';') {
      statements.push(text.slice(start, i));
      start = ++i;
    } else {
      i++;
    }
  }
  statements.push(text.slice(start));
  return statements.map((statement) => statement.trim()).filter((statement) => stripComments(statement).trim() !== '');
}

/** Index just after the quoted literal or name opening at `open`. */
function skipQuoted(text: string, open: number): number {
  const quote = text[open];
  let i = open + 1;
  while (i < text.length) {
    // Backslash escapes exist in string literals; backtick names double the backtick instead.
    if (text[i] === '\\' && quote !== '`') i += 2;
    else if (text[i] === quote) return i + 1;
    else i++;
  }
  return i;
}

function stripComments(statement: string): string {
  return statement.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/[^\n]*/g, '');
}
