/**
 * Sentence templates of the synthetic corpus. Each states relations of the ontology in
 * one of the ways news copy does (active, passive with and without "by", apposition,
 * "at X's request", lists, reported speech), or is a distractor that names actors but
 * states no relation under docs/annotation.md (negated, planned, agentless passive,
 * bare co-occurrence), or is plain filler. Templates return null when the cast lacks
 * what they need, and then mention nobody.
 */
import type { Bloc, CountryProfile, Kinship, Movement } from './population.ts';
import type { ArticleWriter } from './writer.ts';

/** The actors an article is about: a home country, a foreign partner and what comes with them. */
export interface Cast {
  home: CountryProfile;
  partner: CountryProfile;
  bloc: Bloc | undefined;
  movement: Movement | undefined;
  kin: Kinship | undefined;
}

export type Template = (w: ArticleWriter, cast: Cast) => string | null;

const leader = (w: ArticleWriter, p: CountryProfile) =>
  w.random.pick([p.officials.President, p.officials.President, p.officials['Prime Minister'], p.officials['Foreign Minister']]);
const minister = (w: ArticleWriter, p: CountryProfile) =>
  w.random.pick([p.officials['Prime Minister'], p.officials['Foreign Minister'], p.officials['Defence Minister'], p.officials['Interior Minister']]);
const city = (w: ArticleWriter, p: CountryProfile) => w.random.pick(p.cities);
/** A private person of the home country, or a minister when it has none. */
const citizen = (w: ArticleWriter, p: CountryProfile) => (p.citizens.length > 0 ? w.random.pick(p.citizens) : minister(w, p));
/** Armed forces named by a country stand for the country (docs/annotation.md). */
const forces = (w: ArticleWriter, p: CountryProfile) => w.note(p.country, w.random.chance(0.5) ? `${p.demonym} troops` : `the ${p.demonym} army`);

/** Templates that state at least one relation, by the relation type they are about. */
export const RELATION_TEMPLATES: Record<string, Template[]> = {
  COMMUNICATED_WITH: [
    (w, { home, partner }) => {
      const a = leader(w, home), b = leader(w, partner);
      w.rel(a, 'COMMUNICATED_WITH', b);
      return `${w.ref(a)} held a telephone conversation with ${w.ref(b)}${w.when()}${w.said(home)}.`;
    },
    (w, { home, partner }) => {
      const a = leader(w, partner), b = leader(w, home);
      w.rel(a, 'COMMUNICATED_WITH', b);
      return `${w.ref(a)} spoke by phone with ${w.ref(b)}${w.when()}, ${w.ref(partner.newsAgency)} reported.`;
    },
    (w, { home, partner }) => {
      const a = leader(w, home), b = leader(w, partner);
      w.rel(a, 'COMMUNICATED_WITH', b);
      return `${w.ref(a)} and ${w.ref(b)} exchanged views on the situation in ${city(w, home)}${w.when()}.`;
    },
    (w, { home, partner, bloc }) => {
      const a = home.officials['Foreign Minister'];
      const candidates = [partner.officials['Foreign Minister'], ...(bloc ? [bloc.secretaryGeneral] : []), partner.officials['Defence Minister']];
      const others = candidates.slice(0, w.random.int(2, 3));
      for (const b of others) w.rel(a, 'COMMUNICATED_WITH', b);
      return `${w.ref(a)} met ${w.list(others)} in ${city(w, partner)}${w.when()}.`;
    },
    (w, { home, partner }) => {
      const a = leader(w, home), b = leader(w, partner);
      w.rel(a, 'COMMUNICATED_WITH', b);
      return `talks between ${w.ref(a)} and ${w.ref(b)} were held in ${partner.cities[0]}${w.when()}.`;
    },
  ],
  PRAISED: [
    (w, { home, bloc }) => {
      const a = home.officials.President, b = bloc?.organization ?? home.security;
      w.rel(a, 'PRAISED', b);
      return `${w.ref(a)} thanked ${w.ref(b)} for ${w.their(b)} help${w.when()}.`;
    },
    (w, { home, partner }) => {
      const a = leader(w, partner), b = home.officials.President;
      w.rel(a, 'PRAISED', b);
      return `${w.ref(b)} was hailed by ${w.ref(a)} as a reliable partner${w.when()}.`;
    },
    (w, { home, partner }) => {
      const a = leader(w, home), b = partner.country;
      w.rel(a, 'PRAISED', b);
      return `${w.ref(a)} praised ${w.ref(b)} for ${w.their(b)} restraint.`;
    },
  ],
  SUPPORTED: [
    (w, { home, partner }) => {
      const a = partner.country, b = home.officials.President;
      w.rel(a, 'SUPPORTED', b);
      return `${w.ref(a)} backed ${w.ref(b)}${w.when()}${w.said(partner)}.`;
    },
    (w, { home, partner }) => {
      const a = partner.country, b = home.officials.President;
      w.rel(a, 'SUPPORTED', b);
      return `${w.ref(b)}, supported by ${w.ref(a)}, refused to step down.`;
    },
    (w, { home, partner }) => {
      const a = leader(w, partner), b = home.officials.President;
      w.rel(a, 'SUPPORTED', b);
      return `${w.ref(a)} expressed support for ${w.ref(b)} in a televised address${w.when()}.`;
    },
  ],
  ALLY_OF: [
    (w, { home }) => {
      const a = home.securityHead, b = home.formerPresident;
      w.rel(a, 'ALLY_OF', b);
      return `${w.ref(a)}, a close ally of ${w.ref(b)}, declined to comment.`;
    },
    (w, { home }) => {
      const a = minister(w, home), b = home.officials.President;
      w.rel(a, 'ALLY_OF', b);
      return `${w.ref(a)} has long been loyal to ${w.ref(b)}.`;
    },
  ],
  REQUESTED_AID: [
    (w, { home, bloc }) => {
      if (!bloc) return null;
      const a = home.officials.President;
      w.rel(a, 'REQUESTED_AID', bloc.organization);
      w.rel(bloc.organization, 'PROVIDED_AID', home.country, { kind: 'military' });
      return `at ${w.poss(a)} request, ${w.ref(bloc.organization)} sent ${w.random.int(2, 40) * 100} soldiers to ${w.ref(home.country)}${w.when()}.`;
    },
    (w, { home, partner }) => {
      const a = home.officials.President, b = partner.country;
      w.rel(a, 'REQUESTED_AID', b);
      return `${w.ref(a)} asked ${w.ref(b)} for military assistance${w.when()}.`;
    },
    (w, { home, bloc }) => {
      if (!bloc) return null;
      const a = leader(w, home);
      w.rel(a, 'REQUESTED_AID', bloc.organization);
      return `${w.ref(a)} appealed to ${w.ref(bloc.organization)} for help${w.when()}${w.said(home)}.`;
    },
  ],
  PROVIDED_AID: [
    (w, { home, partner }) => {
      w.rel(partner.country, 'PROVIDED_AID', home.country, { kind: 'military' });
      return `${forces(w, partner)} were deployed to ${w.ref(home.country)}${w.when()}, officials said.`;
    },
    (w, { home, bloc }) => {
      if (!bloc) return null;
      w.rel(bloc.organization, 'PROVIDED_AID', home.country, { kind: 'humanitarian' });
      return `${w.ref(bloc.organization)} delivered humanitarian aid to ${w.ref(home.country)}${w.when()}.`;
    },
    (w, { home, partner }) => {
      w.rel(partner.country, 'PROVIDED_AID', home.country, { kind: 'financial' });
      return `a loan of ${w.random.int(2, 90) * 10} million dollars was granted to ${w.ref(home.country)} by ${w.ref(partner.country)}${w.when()}.`;
    },
  ],
  ARRESTED: [
    (w, { home }) => {
      const b = citizen(w, home);
      w.rel(home.security, 'ARRESTED', b);
      return `${w.ref(home.security)} arrested ${w.ref(b)}${w.when()}${w.said(home)}.`;
    },
    (w, { home }) => {
      const b = citizen(w, home);
      w.rel(home.security, 'ARRESTED', b);
      return `${w.ref(b)} was detained by ${w.ref(home.security)}${w.when()}.`;
    },
    (w, { home }) => {
      const a = home.securityHead, b = citizen(w, home);
      w.rel(a, 'ARRESTED', b);
      return `${w.ref(b)}, a critic of the government, was taken into custody by ${w.ref(a)}${w.when()} on charges of high treason.`;
    },
  ],
  DISMISSED: [
    (w, { home }) => {
      const a = home.officials.President, b = minister(w, home);
      w.rel(a, 'DISMISSED', b);
      return `${w.ref(a)} dismissed ${w.ref(b)}${w.when()}.`;
    },
    (w, { home }) => {
      const a = home.officials.President, b = home.securityHead;
      w.rel(a, 'DISMISSED', b);
      return `${w.ref(b)} was removed from ${w.their(b)} post by ${w.ref(a)}${w.when()}.`;
    },
    (w, { home }) => {
      const a = home.officials.President, b = home.officials['Prime Minister'];
      w.rel(a, 'DISMISSED', b);
      return `${w.ref(a)} accepted the resignation of ${w.ref(b)}${w.when()}.`;
    },
  ],
  APPOINTED: [
    (w, { home }) => {
      const a = home.officials.President, b = citizen(w, home);
      w.rel(a, 'APPOINTED', b);
      w.rel(b, 'HOLDS_ROLE', home.security, { role: 'deputy head', status: 'current' });
      return `${w.ref(a)} appointed ${w.ref(b)} deputy head of ${w.ref(home.security)}${w.when()}.`;
    },
    (w, { home }) => {
      const a = home.officials.President, b = citizen(w, home);
      w.rel(a, 'APPOINTED', b);
      return `${w.ref(b)} was nominated as ambassador by ${w.ref(a)}${w.when()}.`;
    },
  ],
  ACCUSED: [
    (w, { home, partner }) => {
      const a = home.officials.President, b = partner.country;
      w.rel(a, 'ACCUSED', b);
      return `${w.ref(a)} accused ${w.ref(b)} of organising the unrest${w.when()}.`;
    },
    (w, { home, movement }) => {
      if (!movement) return null;
      const a = home.officials.President;
      w.rel(a, 'ACCUSED', movement.group);
      return `${w.ref(a)} branded ${w.ref(movement.group)} as terrorists and criminals.`;
    },
    (w, { home }) => {
      const a = home.officials['Interior Minister'], b = citizen(w, home);
      w.rel(a, 'ACCUSED', b);
      return `${w.ref(b)} was blamed by ${w.ref(a)} for the violence in ${city(w, home)}.`;
    },
  ],
  CRITICIZED: [
    (w, { home, partner }) => {
      const a = leader(w, partner), b = home.officials.President;
      w.rel(a, 'CRITICIZED', b);
      return `${w.ref(a)} criticised ${w.ref(b)} for the use of force against protesters${w.when()}.`;
    },
    (w, { home, partner }) => {
      const a = partner.country, b = home.officials.President;
      w.rel(a, 'CRITICIZED', b);
      return `${w.ref(a)} denounced ${w.poss(b)} decision to close the border${w.said(partner)}.`;
    },
    (w, { home, partner }) => {
      const a = leader(w, partner), b = home.officials['Interior Minister'];
      w.rel(a, 'CRITICIZED', b);
      return `${w.ref(b)} was sharply rebuked by ${w.ref(a)}${w.when()}.`;
    },
  ],
  DEMANDED: [
    (w, { home, partner }) => {
      const a = leader(w, partner), b = home.officials.President;
      w.rel(a, 'DEMANDED', b);
      return `${w.ref(a)} called on ${w.ref(b)} to release political prisoners${w.when()}.`;
    },
    (w, { home, movement }) => {
      if (!movement) return null;
      const b = home.officials.President;
      w.rel(movement.group, 'DEMANDED', b);
      return `${w.ref(movement.group)} demanded the resignation of ${w.ref(b)}${w.when()}.`;
    },
  ],
  THREATENED: [
    (w, { home, partner }) => {
      const a = leader(w, partner), b = home.country;
      w.rel(a, 'THREATENED', b);
      return `${w.ref(a)} threatened ${w.ref(b)} with sanctions${w.when()}.`;
    },
    (w, { home, partner }) => {
      const a = home.officials.President, b = partner.country;
      w.rel(a, 'THREATENED', b);
      return `${w.ref(a)} warned ${w.ref(b)} of serious consequences${w.said(home)}.`;
    },
  ],
  USED_FORCE: [
    (w, { home, movement }) => {
      if (!movement) return null;
      w.rel(home.security, 'USED_FORCE', movement.group);
      return `${w.ref(home.security)} fired on supporters of ${w.ref(movement.group)} in ${city(w, home)}${w.when()}.`;
    },
    (w, { home, movement }) => {
      if (!movement) return null;
      const a = home.officials.President;
      w.rel(a, 'USED_FORCE', movement.group);
      return `${w.ref(a)} ordered a crackdown on ${w.ref(movement.group)}${w.when()}.`;
    },
    (w, { home, partner, movement }) => {
      if (!movement) return null;
      w.rel(partner.country, 'USED_FORCE', movement.group);
      return `${w.ref(movement.group)} was attacked by ${forces(w, partner)} near ${city(w, home)}${w.when()}.`;
    },
  ],
  PROTESTED: [
    (w, { home, movement }) => {
      if (!movement) return null;
      const b = home.officials.President;
      w.rel(movement.group, 'PROTESTED', b);
      return `${w.ref(movement.group)} rallied against ${w.ref(b)} in ${city(w, home)}${w.when()}.`;
    },
    (w, { home, movement }) => {
      if (!movement) return null;
      w.rel(movement.group, 'PROTESTED', home.country);
      return `${w.ref(movement.group)} demonstrated against ${w.poss(home.country)} new fuel tax${w.when()}.`;
    },
  ],
  SUCCEEDED: [
    (w, { home }) => {
      const a = home.officials.President, b = home.formerPresident;
      w.rel(a, 'SUCCEEDED', b);
      return `${w.ref(a)} succeeded ${w.ref(b)} in 2018.`;
    },
    (w, { home }) => {
      const a = home.officials.President, b = home.formerPresident;
      w.rel(a, 'SUCCEEDED', b);
      return `${w.ref(b)} handed power to ${w.ref(a)} in 2018 but kept much of ${w.their(b)} influence.`;
    },
  ],
  MEMBER_OF: [
    (w, { bloc }) => {
      if (!bloc) return null;
      for (const m of bloc.members) w.rel(m, 'MEMBER_OF', bloc.organization);
      return `${w.ref(bloc.organization)} brings together ${w.list(bloc.members)}.`;
    },
    (w, { home }) => { const a = home.officials.President; w.rel(a, 'MEMBER_OF', home.party); return `${w.ref(a)} is a member of ${w.ref(home.party)}.`; },
  ],
  LEADS: [
    (w, { movement }) => {
      if (!movement) return null;
      w.rel(movement.leader, 'LEADS', movement.group);
      return `${w.ref(movement.leader)}, the leader of ${w.ref(movement.group)}, went into hiding.`;
    },
    (w, { movement }) => {
      if (!movement) return null;
      w.rel(movement.leader, 'LEADS', movement.group);
      return `${w.ref(movement.group)} is led by ${w.ref(movement.leader)}.`;
    },
    (w, { home, bloc }) => {
      if (!bloc?.members.includes(home.country)) return null;
      w.rel(home.country, 'LEADS', bloc.organization);
      w.mentioned.add(bloc.organization.id);
      return `the ${w.note(home.country, home.country.name)}-led ${bloc.organization.name} held an emergency session.`;
    },
  ],
  RELATIVE_OF: [
    (w, { kin }) => {
      if (!kin) return null;
      w.rel(kin.relative, 'RELATIVE_OF', kin.of, { kinship: kin.kinship });
      return `${w.ref(kin.relative)}, a ${kin.kinship} of ${w.ref(kin.of)}, was also mentioned in the report.`;
    },
    (w, { kin }) => {
      if (!kin) return null;
      w.rel(kin.relative, 'RELATIVE_OF', kin.of, { kinship: kin.kinship });
      return `${w.ref(kin.relative)} is the ${kin.kinship} of ${w.ref(kin.of)}.`;
    },
  ],
  HOLDS_ROLE: [
    (w, { home }) => {
      const a = home.securityHead;
      w.rel(a, 'HOLDS_ROLE', home.security, { role: 'head', status: 'current' });
      return `${w.ref(a)}, the head of ${w.ref(home.security)}, arrived in ${city(w, home)}${w.when()}.`;
    },
  ],
  SPOKESPERSON_FOR: [
    (w, { home }) => {
      const a = home.spokesperson, b = home.officials.President;
      w.rel(a, 'SPOKESPERSON_FOR', b);
      return `${w.poss(b)} ${a.gender === 'female' ? 'spokeswoman' : 'spokesman'} ${w.ref(a)} said the talks had been useful.`;
    },
  ],
};

/** Sentences that mention actors but state no relation (and may still introduce a titled person). */
export const DISTRACTOR_TEMPLATES: Template[] = [
  (w, { home, partner }) => `${w.ref(leader(w, home))} denied having met ${w.ref(leader(w, partner))}.`,
  (w, { home }) => `${w.ref(citizen(w, home))} was arrested${w.when()}.`,
  (w, { home }) => { const a = minister(w, home); return `${w.ref(a)} was relieved of ${w.their(a)} duties${w.when()}.`; },
  (w, { home, partner }) => `${w.ref(leader(w, home))} will hold talks with ${w.ref(leader(w, partner))} next week.`,
  (w, { home, partner }) => `${w.ref(home.officials.President)} did not ask ${w.ref(partner.country)} for military assistance.`,
  (w, { partner }) => `${w.ref(leader(w, partner))} called for an end to the violence${w.when()}.`,
  (w, { home, partner }) => `${w.ref(leader(w, home))} and ${w.ref(leader(w, partner))} were both absent from the ceremony in ${city(w, home)}.`,
  (w, { home }) => `${w.ref(citizen(w, home))} did not respond to a request for comment.`,
];

/** Sentences about the situation, with places and numbers but no actors. */
export const FILLER_TEMPLATES: Template[] = [
  (w, { home }) => `protests continued in ${city(w, home)} for a ${w.random.pick(['second', 'third', 'fourth', 'fifth'])} day.`,
  (w) => `fuel prices have risen by ${w.random.int(5, 60)} percent since the start of the year.`,
  (w, { home }) => `internet access in ${city(w, home)} remained restricted${w.when()}.`,
  (w, { home }) => `several hundred people gathered in the centre of ${city(w, home)}.`,
  (w, { home }) => `shops and banks in ${city(w, home)} reopened${w.when()}, according to residents.`,
  (w) => `at least ${w.random.int(3, 200)} people were injured, hospital staff said.`,
];

/** Every relation template, for drawing one uniformly. */
export const ALL_RELATION_TEMPLATES: Template[] = Object.values(RELATION_TEMPLATES).flat();
