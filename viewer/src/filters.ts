/**
 * Filters by relation type and date range. They only change what the edge reducer
 * shows (renderer.ts); the graph itself is never modified, so clearing a filter
 * brings every edge back.
 */
import type { RelationAttributes } from './graph.ts';

export interface FilterState {
  /** Relation types unticked by the user. */
  hiddenTypes: Set<string>;
  /** Inclusive ISO date bounds; relations without dates are kept. */
  from: string;
  to: string;
}

/** Whether a relation passes the filters: its type is shown and its dates overlap [from, to]. */
export function passesFilters(state: FilterState, attributes: RelationAttributes): boolean {
  if (state.hiddenTypes.has(attributes.type)) return false;
  const first = attributes.firstSeen ?? attributes.lastSeen;
  const last = attributes.lastSeen ?? attributes.firstSeen;
  if (state.from && last && last < state.from) return false;
  if (state.to && first && first > state.to) return false;
  return true;
}

/** The filter controls, bound to the elements of index.html. */
export interface FilterControls {
  state: FilterState;
  /** Rebuilds the relation-type checkboxes after the graph changed. */
  setRelationTypes(types: string[]): void;
}

/**
 * Wires the filter form: `typeList` receives one checkbox per relation type,
 * `fromInput`/`toInput` are date inputs. `onChange` runs after every change.
 */
export function createFilters(
  typeList: HTMLElement,
  fromInput: HTMLInputElement,
  toInput: HTMLInputElement,
  onChange: () => void,
): FilterControls {
  const state: FilterState = { hiddenTypes: new Set(), from: '', to: '' };
  const onDates = () => {
    state.from = fromInput.value;
    state.to = toInput.value;
    onChange();
  };
  fromInput.addEventListener('change', onDates);
  toInput.addEventListener('change', onDates);

  function setRelationTypes(types: string[]): void {
    typeList.replaceChildren(
      ...types.map((type) => {
        const box = document.createElement('input');
        box.type = 'checkbox';
        box.checked = !state.hiddenTypes.has(type);
        box.addEventListener('change', () => {
          if (box.checked) state.hiddenTypes.delete(type);
          else state.hiddenTypes.add(type);
          onChange();
        });
        const label = document.createElement('label');
        label.append(box, ` ${type}`);
        return label;
      }),
    );
  }

  return { state, setRelationTypes };
}
