/**
 * The actor search box: asks `/api/search` for suggestions as the user types
 * (debounced, stale answers ignored) and lists them; choosing one calls `onChoose`.
 */
import { searchActors, type Suggestion } from './api.ts';
import { SETTINGS } from './settings.ts';

/**
 * Wires `input` and its suggestion list `list`. Errors are reported via `onError`.
 */
export function createSearch(
  input: HTMLInputElement,
  list: HTMLElement,
  onChoose: (actor: Suggestion) => void,
  onError: (error: unknown) => void,
): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let latest = 0;

  function render(suggestions: Suggestion[]): void {
    list.replaceChildren(
      ...suggestions.map((actor) => {
        const button = document.createElement('button');
        button.type = 'button';
        button.className = 'suggestion';
        button.textContent = `${actor.name} (${actor.type})`;
        button.addEventListener('click', () => {
          input.value = actor.name;
          list.replaceChildren();
          onChoose(actor);
        });
        const item = document.createElement('li');
        item.append(button);
        return item;
      }),
    );
    if (!suggestions.length && input.value.trim()) {
      const none = document.createElement('li');
      none.className = 'note';
      none.textContent = 'No actor matches.';
      list.append(none);
    }
  }

  input.addEventListener('input', () => {
    clearTimeout(timer);
    const q = input.value.trim();
    if (!q) return list.replaceChildren();
    timer = setTimeout(async () => {
      const request = ++latest;
      try {
        const suggestions = await searchActors(q);
        if (request === latest) render(suggestions);
      } catch (error) {
        onError(error);
      }
    }, SETTINGS.searchDebounceMs);
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') list.querySelector<HTMLButtonElement>('button')?.click();
    if (event.key === 'Escape') list.replaceChildren();
  });
}
