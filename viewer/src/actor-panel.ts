/**
 * The actor panel: name, type, aliases, status, the roles the actor holds (with their
 * dates and status), and every relationship the database holds for it (not only those
 * on screen), grouped by type and direction — outgoing "Tokayev → DISMISSED → Nazarbayev",
 * incoming shown as such, symmetric ones both ways — each with its weight and first/last
 * dates, heaviest first, and "expand" / "hide" for the neighbour.
 */
import type { ActorBody, ActorRelationship } from './api.ts';
import { el, field, linkButton } from './panel.ts';

/** A relationship the panels can open: its stored direction and the names to show. */
export interface RelationRef {
  key: string;
  source: string;
  type: string;
  target: string;
  sourceName: string;
  targetName: string;
  firstSeen: string | null;
  lastSeen: string | null;
}

export interface ActorPanelActions {
  openRelation(relation: RelationRef): void;
  expand(actor: string): void;
  hide(actor: string): void;
  /** Whether the neighbour is in the view (expand adds it, hide takes it out). */
  isShown(actor: string): boolean;
}

/** Dates as "from – to" (or one date), empty when there are none. */
export function dateSpan(first: string | null, last: string | null): string {
  if (!first && !last) return '';
  return first && last && first !== last ? `${first} – ${last}` : (first ?? last)!;
}

type Direction = 'outgoing' | 'incoming' | 'both';

function direction(relationship: ActorRelationship, symmetric: ReadonlySet<string>): Direction {
  return symmetric.has(relationship.type) ? 'both' : relationship.outgoing ? 'outgoing' : 'incoming';
}

function heading(type: string, way: Direction, name: string): string {
  if (way === 'outgoing') return `${name} → ${type} → …`;
  if (way === 'incoming') return `… → ${type} → ${name} (incoming)`;
  return `${name} — ${type} — … (both ways)`;
}

function rowText(relationship: ActorRelationship, way: Direction, name: string): string {
  const [from, to] = relationship.outgoing ? [name, relationship.otherName] : [relationship.otherName, name];
  const link = way === 'both' ? `${from} — ${relationship.type} — ${to}` : `${from} → ${relationship.type} → ${to}`;
  const dates = dateSpan(relationship.firstSeen, relationship.lastSeen);
  return `${link} · weight ${relationship.weight}${dates ? ` · ${dates}` : ''}`;
}

/** Shows `actor` in `panel`; `symmetric` names the relation types stored in one direction only. */
export function showActor(panel: HTMLElement, actor: ActorBody, symmetric: ReadonlySet<string>, actions: ActorPanelActions): void {
  panel.dataset.testid = 'actor-panel';
  const details = el('dl');
  field(details, 'Type', actor.type || 'unknown');
  field(details, 'Status', actor.status ?? 'unknown');
  field(details, 'Aliases', actor.aliases?.length ? actor.aliases.join(', ') : 'none');
  panel.replaceChildren(el('h2', actor.name), details);

  const roles = actor.relationships.filter((relationship) => relationship.type === 'HOLDS_ROLE' && relationship.outgoing);
  if (roles.length) {
    const list = el('ul');
    for (const role of roles) {
      const dates = dateSpan(role.firstSeen, role.lastSeen);
      list.append(el('li', [role.role ?? 'role', role.otherName].join(', ') + (role.status ? ` (${role.status})` : '') + (dates ? ` · ${dates}` : '')));
    }
    panel.append(el('h3', 'Roles'), list);
  }

  const groups = new Map<string, { type: string; way: Direction; weight: number; rows: ActorRelationship[] }>();
  for (const relationship of actor.relationships) {
    const way = direction(relationship, symmetric);
    const key = `${relationship.type}|${way}`;
    const group = groups.get(key) ?? { type: relationship.type, way, weight: 0, rows: [] };
    group.weight += relationship.weight;
    group.rows.push(relationship);
    groups.set(key, group);
  }
  const listed = actor.relationships.length < actor.total ? ` (the ${actor.relationships.length} heaviest listed)` : '';
  panel.append(el('h3', `Relationships: ${actor.total} in the database${listed}`));
  if (!actor.total) panel.append(el('p', 'No relationship is stored for this actor.', 'note'));
  for (const group of [...groups.values()].sort((a, b) => b.weight - a.weight || a.type.localeCompare(b.type))) {
    const section = el('section', undefined, 'relation-group');
    section.append(el('h4', `${heading(group.type, group.way, actor.name)} · ${group.rows.length}`));
    const list = el('ul', undefined, 'relations');
    for (const relationship of group.rows) {
      const item = el('li');
      item.dataset.testid = 'relationship-item';
      const ref: RelationRef = {
        key: relationship.relKey,
        source: relationship.source,
        type: relationship.type,
        target: relationship.target,
        sourceName: relationship.outgoing ? actor.name : relationship.otherName,
        targetName: relationship.outgoing ? relationship.otherName : actor.name,
        firstSeen: relationship.firstSeen,
        lastSeen: relationship.lastSeen,
      };
      item.append(linkButton(rowText(relationship, group.way, actor.name), () => actions.openRelation(ref)));
      const tools = el('span', undefined, 'tools');
      tools.append(linkButton('expand', () => actions.expand(relationship.other), 'tool'));
      if (actions.isShown(relationship.other)) tools.append(linkButton('hide', () => actions.hide(relationship.other), 'tool'));
      item.append(tools);
      list.append(item);
    }
    section.append(list);
    panel.append(section);
  }
  if (actor.total) panel.append(el('p', 'Click a relationship (or an edge) to read its evidence.', 'note'));
}
