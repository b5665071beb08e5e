/** The legend: node colours by actor type, edge colours by quad class. */
import { SETTINGS, type QuadClass } from './settings.ts';

function entry(color: string, text: string, shape: 'dot' | 'line'): HTMLLIElement {
  const item = document.createElement('li');
  const swatch = document.createElement('span');
  swatch.className = `swatch ${shape}`;
  // A CSSOM property, not a style attribute: allowed by the page's CSP.
  swatch.style.backgroundColor = color;
  item.append(swatch, text);
  return item;
}

/** Fills `container` with the legend. */
export function renderLegend(container: HTMLElement): void {
  const actors = document.createElement('ul');
  for (const [type, color] of Object.entries(SETTINGS.nodeColors)) actors.append(entry(color, type, 'dot'));
  const relations = document.createElement('ul');
  for (const [quadClass, label] of Object.entries(SETTINGS.quadClassLabels)) {
    relations.append(entry(SETTINGS.quadClassColors[Number(quadClass) as QuadClass], label, 'line'));
  }
  relations.append(entry(SETTINGS.structuralEdgeColor, 'Structural (roles, membership)', 'line'));
  container.replaceChildren(actors, relations);
}
