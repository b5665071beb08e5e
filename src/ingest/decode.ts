/**
 * Turns the raw content of a file into text, or into the reason it is not an article:
 * binary content, bytes that are not UTF-8, or nothing but white space.
 */

/** Share of control characters above which text is taken for binary data. */
const MAX_CONTROL_SHARE = 0.02;
const CONTROL = /[\u0000-\u0008\u000e-\u001f\u007f]/g;

/** Decoded text, or the sentence saying why the content cannot be read as an article. */
export type Decoded = { text: string } | { reason: string };

/**
 * Decodes bytes strictly in `charset` (UTF-8 unless a page or server declares another;
 * a byte order mark is dropped) and checks the text looks like prose: no NUL bytes, few
 * control characters, not blank. Strings skip decoding.
 */
export function decodeContent(content: string | Uint8Array, charset = 'utf-8'): Decoded {
  if (typeof content !== 'string' && content.includes(0)) return binary();
  let text: string;
  if (typeof content === 'string') {
    text = content;
  } else {
    let decoder: TextDecoder;
    try {
      decoder = new TextDecoder(charset, { fatal: true });
    } catch {
      return { reason: `the declared character set "${charset}" is unknown; re-save the file as UTF-8` };
    }
    try {
      text = decoder.decode(content);
    } catch {
      return { reason: `the file is not valid ${decoder.encoding === 'utf-8' ? 'UTF-8' : charset} text; re-save it with UTF-8 encoding` };
    }
  }
  const controls = text.match(CONTROL)?.length ?? 0;
  if (text.includes('\u0000') || controls > text.length * MAX_CONTROL_SHARE) return binary();
  if (!/\S/.test(text.replace(/\ufeff/g, ''))) return { reason: 'the file is empty; add the article text or remove the file' };
  return { text };
}

function binary(): Decoded {
  return { reason: 'the file looks binary, not text; give article files (.txt, .md, .jsonl, .html, feeds)' };
}
