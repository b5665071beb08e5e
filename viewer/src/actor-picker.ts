/**
 * An actor input with suggestions: asks `/api/search` as the user types (debounced; a
 * newer question aborts the older one), lists the matches, and lets the user pick one
 * with the mouse or the arrow keys and Enter (Enter alone takes the first). The chosen
 * actor's id is kept on the input (`data-actor-id`), so a form can read it; typing again
 * forgets it. Used by the search box and by every form field that takes an actor.
 */
import { createRequestSeries, isAborted, searchActors, type Suggestion } from './api.ts';
import { SETTINGS } from './settings.ts';

export interface ActorPicker {
  /** The chosen actor's id, else the best match for what was typed (null when nothing matches). */
  resolve(): Promise<string | null>;
  /** Shows `name` as chosen with `id` (a view loaded from a URL). */
  set(id: string, name: string): void;
}

/**
 * Wires `input` and its suggestion list `list` (each suggestion is a button with
 * `data-testid="search-suggestion"`); `onChoose` runs when an actor is picked.
 */
export function createActorPicker(
  input: HTMLInputElement,
  list: HTMLElement,
  onChoose: (actor: Suggestion) => void,
  onError: (error: unknown) => void,
): ActorPicker {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const requests = createRequestSeries();
  let active = -1;

  const buttons = () => [...list.querySelectorAll<HTMLButtonElement>('button')];
  const close = () => {
    list.replaceChildren();
    active = -1;
  };
  const choose = (actor: Suggestion) => {
    input.value = actor.name;
    input.dataset.actorId = actor.id;
    close();
    onChoose(actor);
  };
  const highlight = (index: number) => {
    const all = buttons();
    if (!all.length) return;
    active = (index + all.length) % all.length;
    all.forEach((button, i) => button.setAttribute('aria-selected', String(i === active)));
    all[active]!.scrollIntoView({ block: 'nearest' });
  };

  function render(suggestions: Suggestion[]): void {
    active = -1;
    list.replaceChildren(
      ...suggestions.map((actor) => {
        const button = document.createElement('button');
        button.type = 'button';
        button.className = 'suggestion';
        button.dataset.testid = 'search-suggestion';
        button.setAttribute('role', 'option');
        const aliases = actor.aliases?.length ? ` — also ${actor.aliases.slice(0, 3).join(', ')}` : '';
        button.textContent = `${actor.name} (${actor.type})${aliases}`;
        // mousedown: the input's blur (which closes the list) comes before click.
        button.addEventListener('mousedown', (event) => event.preventDefault());
        button.addEventListener('click', () => choose(actor));
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

  const suggest = async (q: string): Promise<Suggestion[]> => {
    const request = requests.next();
    const suggestions = await searchActors(q, request.signal);
    if (request.isCurrent()) render(suggestions);
    return suggestions;
  };

  input.addEventListener('input', () => {
    clearTimeout(timer);
    delete input.dataset.actorId;
    const q = input.value.trim();
    if (!q) return close();
    timer = setTimeout(() => suggest(q).catch((error) => isAborted(error) || onError(error)), SETTINGS.searchDebounceMs);
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      highlight(active + (event.key === 'ArrowDown' ? 1 : -1));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const all = buttons();
      if (all.length) all[Math.max(active, 0)]!.click();
      else if (input.value.trim()) {
        // Enter before the suggestions came: ask now and take the best match.
        clearTimeout(timer);
        suggest(input.value.trim())
          .then((found) => found[0] && choose(found[0]))
          .catch((error) => isAborted(error) || onError(error));
      }
    } else if (event.key === 'Escape') close();
  });
  input.addEventListener('blur', () => setTimeout(close, 150));

  return {
    async resolve() {
      clearTimeout(timer);
      close();
      if (input.dataset.actorId) return input.dataset.actorId;
      const q = input.value.trim();
      if (!q) return null;
      const found = await searchActors(q);
      if (!found[0]) return null;
      input.value = found[0].name;
      input.dataset.actorId = found[0].id;
      return found[0].id;
    },
    set(id, name) {
      input.value = name;
      input.dataset.actorId = id;
    },
  };
}
