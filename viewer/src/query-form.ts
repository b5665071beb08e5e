/**
 * The query picker: a select of the named queries and a form generated from the
 * chosen query's declared parameters (defaults as placeholders, descriptions as
 * hints). The server validates the values; the form only helps typing them.
 */
import type { QueryDefinition, QueryParam } from './api.ts';
import type { ViewState } from './url-state.ts';

/** HTML input type for a declared parameter type (string[] is typed comma-separated). */
const INPUT_TYPES: Record<string, string> = { integer: 'number', float: 'number', date: 'date' };

/** A select for booleans: empty keeps the query's default. */
function booleanSelect(param: QueryParam): HTMLSelectElement {
  const select = document.createElement('select');
  for (const value of ['', 'true', 'false']) {
    const option = document.createElement('option');
    option.value = value;
    option.textContent = value || `default (${String(param.default ?? 'none')})`;
    select.append(option);
  }
  return select;
}

function paramInput(param: QueryParam, value: string | undefined): HTMLLabelElement {
  const label = document.createElement('label');
  label.title = param.description;
  const input = param.type === 'boolean' ? booleanSelect(param) : document.createElement('input');
  input.name = param.name;
  if (input instanceof HTMLInputElement) {
    input.type = INPUT_TYPES[param.type] ?? 'text';
    if (param.type === 'float') input.step = 'any';
    const shown = Array.isArray(param.default) ? param.default.join(',') : param.default;
    if (shown !== undefined && shown !== null && shown !== '') input.placeholder = String(shown);
    if (!('default' in param)) input.required = true;
  }
  input.value = value ?? '';
  label.append(`${param.name} `, input);
  return label;
}

/** The query picker bound to its select, fieldset and form. */
export interface QueryForm {
  /** Selects `view.query` and fills its parameters (used when loading a shared URL). */
  show(view: ViewState): void;
}

/**
 * Fills `select` with `queries` and regenerates `fields` for the selected one;
 * submitting `form` calls `onRun` with the query and its non-empty parameters.
 */
export function createQueryForm(
  queries: QueryDefinition[],
  form: HTMLFormElement,
  select: HTMLSelectElement,
  fields: HTMLElement,
  description: HTMLElement,
  onRun: (view: ViewState) => void,
): QueryForm {
  select.replaceChildren(
    ...queries.map((query) => {
      const option = document.createElement('option');
      option.value = query.name;
      option.textContent = query.name;
      return option;
    }),
  );

  function show(view: ViewState): void {
    const query = queries.find((q) => q.name === view.query);
    if (!query) return;
    select.value = query.name;
    description.textContent = query.description;
    fields.replaceChildren(...query.params.map((param) => paramInput(param, view.params[param.name])));
  }

  select.addEventListener('change', () => show({ query: select.value, params: {} }));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const params: Record<string, string> = {};
    for (const input of fields.querySelectorAll<HTMLInputElement | HTMLSelectElement>('input, select')) if (input.value !== '') params[input.name] = input.value;
    onRun({ query: select.value, params });
  });
  if (queries[0]) show({ query: queries[0].name, params: {} });
  return { show };
}
