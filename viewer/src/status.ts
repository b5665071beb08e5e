/** The status line: what the viewer is doing or what went wrong, in words. */
import { ApiRequestError } from './api.ts';

export type StatusKind = 'info' | 'loading' | 'empty' | 'truncated' | 'error';

/** Shows `text` in `element`, styled by `kind` (exposed as data-kind for tests and CSS). */
export function setStatus(element: HTMLElement, kind: StatusKind, text: string): void {
  element.dataset.kind = kind;
  element.textContent = text;
}

/** A sentence for an error: the server's message and hint, or a generic one. */
export function describeError(error: unknown): string {
  if (error instanceof ApiRequestError) return error.hint ? `${error.message} ${error.hint}` : error.message;
  return `Something went wrong in the viewer: ${(error as Error)?.message ?? String(error)}`;
}
