/**
 * The named-query form for people: the queries by title, each parameter by its
 * description with a field of its type (an actor picker for actors, a multi-select of
 * the ontology's relation types, dates side by side as a range, a checkbox for
 * booleans); the raw parameter list (name = value, as the API takes it) stays under
 * "Advanced". The server validates the values; the form only helps giving them.
 */
import { createActorPicker, type ActorPicker } from './actor-picker.ts';
import type { QueryDefinition, QueryParam, RelationTypeInfo } from './api.ts';

/** What a field of the form gives: the parameter's value as the API takes it ('' for the default). */
interface Field {
  param: QueryParam;
  element: HTMLElement;
  value(): Promise<string>;
  set(value: string): void;
}

const INPUT_TYPES: Record<string, string> = { integer: 'number', float: 'number', date: 'date' };

function shownDefault(param: QueryParam): string {
  const value = Array.isArray(param.default) ? param.default.join(',') : param.default;
  return value === undefined || value === null ? '' : String(value);
}

function labelled(text: string, ...children: HTMLElement[]): HTMLLabelElement {
  const label = document.createElement('label');
  label.append(`${text} `, ...children);
  return label;
}

function actorField(param: QueryParam, onError: (error: unknown) => void, nameOf: (id: string) => string | undefined): Field {
  const input = document.createElement('input');
  input.type = 'search';
  input.autocomplete = 'off';
  input.placeholder = 'Name of an actor…';
  input.name = param.name;
  const list = document.createElement('ul');
  list.className = 'suggestions';
  const box = document.createElement('span');
  box.className = 'picker';
  box.append(input, list);
  const picker: ActorPicker = createActorPicker(input, list, () => {}, onError);
  return {
    param,
    element: labelled(param.description, box),
    value: async () => (await picker.resolve()) ?? (input.value.trim() ? input.value.trim() : ''),
    set: (value) => picker.set(value, nameOf(value) ?? value),
  };
}

function relationTypesField(param: QueryParam, types: RelationTypeInfo[]): Field {
  const select = document.createElement('select');
  select.multiple = true;
  select.name = param.name;
  select.size = Math.min(6, types.length);
  for (const type of types) {
    const option = document.createElement('option');
    option.value = type.name;
    option.textContent = type.name;
    option.title = type.definition;
    select.append(option);
  }
  return {
    param,
    element: labelled(`${param.description} (none chosen: all)`, select),
    value: async () => [...select.selectedOptions].map((option) => option.value).join(','),
    set: (value) => {
      const chosen = new Set(value.split(','));
      for (const option of select.options) option.selected = chosen.has(option.value);
    },
  };
}

function plainField(param: QueryParam): Field {
  const input = document.createElement('input');
  input.name = param.name;
  if (param.type === 'boolean') {
    input.type = 'checkbox';
    input.checked = param.default === true;
    return {
      param,
      element: labelled(param.description, input),
      value: async () => (input.checked === (param.default === true) ? '' : String(input.checked)),
      set: (value) => (input.checked = value === 'true'),
    };
  }
  input.type = INPUT_TYPES[param.type] ?? 'text';
  if (param.type === 'float') input.step = 'any';
  input.placeholder = shownDefault(param);
  input.required = !('default' in param);
  return { param, element: labelled(param.description, input), value: async () => input.value.trim(), set: (value) => (input.value = value) };
}

/** The query picker bound to its elements. */
export interface QueryForm {
  /** Selects `query` and fills its parameters (a view loaded from a URL or the history). */
  show(query: string, params: Record<string, string>): void;
}

export interface QueryFormElements {
  form: HTMLFormElement;
  select: HTMLSelectElement;
  fields: HTMLElement;
  description: HTMLElement;
  /** Inside the "Advanced" details: one `name = value` input per parameter. */
  raw: HTMLElement;
}

/**
 * Fills the form with `queries`; submitting calls `onRun` with the query and its
 * non-empty parameters (the raw fields win over the friendly ones when filled).
 * `nameOf` names the actors of a view shown in the form (their ids otherwise).
 */
export function createQueryForm(
  queries: QueryDefinition[],
  relationTypes: RelationTypeInfo[],
  elements: QueryFormElements,
  onRun: (query: string, params: Record<string, string>) => void,
  onError: (error: unknown) => void,
  nameOf: (id: string) => string | undefined = () => undefined,
): QueryForm {
  const { form, select, fields, description, raw } = elements;
  let current: Field[] = [];
  // Queries that serve a part of the page are left out of the list; a URL still runs them.
  select.replaceChildren(
    ...queries.filter((query) => !query.serves).map((query) => {
      const option = document.createElement('option');
      option.value = query.name;
      option.textContent = query.title;
      return option;
    }),
  );

  function show(name: string, params: Record<string, string>): void {
    const query = queries.find((q) => q.name === name);
    if (!query) return;
    select.value = query.name;
    description.textContent = query.description;
    current = query.params.map((param) =>
      param.type === 'actor' ? actorField(param, onError, nameOf) : param.type === 'relation[]' ? relationTypesField(param, relationTypes) : plainField(param),
    );
    for (const field of current) if (params[field.param.name]) field.set(params[field.param.name]!);
    const dates = current.filter((field) => field.param.type === 'date');
    const range = document.createElement('fieldset');
    range.className = 'date-range';
    if (dates.length) range.append(Object.assign(document.createElement('legend'), { textContent: 'Dates' }), ...dates.map((field) => field.element));
    fields.replaceChildren(...current.filter((field) => field.param.type !== 'date').map((field) => field.element), ...(dates.length ? [range] : []));
    raw.replaceChildren(
      ...query.params.map((param) => {
        const input = document.createElement('input');
        input.name = param.name;
        input.placeholder = shownDefault(param);
        return labelled(`${param.name} (${param.type})`, input);
      }),
    );
  }

  select.addEventListener('change', () => show(select.value, {}));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void (async () => {
      const params: Record<string, string> = {};
      for (const field of current) {
        const value = await field.value();
        if (value !== '') params[field.param.name] = value;
      }
      for (const input of raw.querySelectorAll('input')) if (input.value.trim() !== '') params[input.name] = input.value.trim();
      onRun(select.value, params);
    })().catch(onError);
  });
  const first = queries.find((query) => !query.serves);
  if (first) show(first.name, {});
  return { show };
}
