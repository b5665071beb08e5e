// References that name nobody by themselves — descriptions ("the bloc", "the authorities",
// "the Armenian side"), "them", bare titles — and the clause shapes that make a trigger
// not an assertion (infinitives, nominal gerunds). Sentences written for the test.
// Constructions the shipped parser misreads ("the bloc" in a relative clause, coordinated
// appositions, "named X as premier") are tested on hand-checked parses in dependency-reading.test.ts.
import { beforeAll, describe, expect, it } from 'vitest';
import { context, extractTexts, findRelation } from './article-fixture.ts';

const has = (texts: string[], source: string, type: string, target: string) => findRelation(extractTexts(texts), source, type, target);

// The knowledge base, catalog, ontology and parser model load once, before the first test's clock.
beforeAll(() => void extractTexts([`Ready, ${context().index.givenNames.size}.`]), 60_000);

describe('descriptions resolve to an actor the article named', () => {
  it('government-noun-after-demonym: "the Armenian side" is Armenia', () => {
    expect(has(['The Armenian side thanked Vladimir Putin for the mediation.'], 'armenia', 'PRAISED', 'vladimir-putin')).toBeDefined();
  });

  it('government-description: "the authorities" is the country the article is about', () => {
    const text =
      'Protests spread across Belarus on Sunday, and Belarusian police detained hundreds. Amnesty International accused the authorities of beating detainees.';
    expect(has([text], 'amnesty-international', 'ACCUSED', 'belarus')).toBeDefined();
  });

  it('government-description: the lede outweighs a country mentioned once later', () => {
    const text =
      'Ukraine mourned the victims of the strike. Ukrainian officials briefed envoys from Norway. Norway said the government had asked for generators.';
    expect(has([text], 'ukraine', 'REQUESTED_AID', 'norway')).toBeUndefined();
  });

  it('collective-pronoun: "them" is the latest group named', () => {
    expect(has(['Sadyr Japarov condemned the rioters, accusing them of looting shops.'], 'sadyr-japarov', 'ACCUSED', 'protesters')).toBeDefined();
  });
});

describe('acts named by a noun', () => {
  it('the owner, "by" phrase or demonym of an act noun did it to the noun\'s object ("Russia\'s invasion of Ukraine")', () => {
    expect(has(["Russia's invasion of Ukraine began in 2022."], 'russia', 'USED_FORCE', 'ukraine')).toBeDefined();
    expect(has(["The UN's condemnation of Russia was swift."], 'united-nations', 'CRITICIZED', 'russia')).toBeDefined();
    expect(has(['Israeli strikes on Hamas continued.'], 'israel', 'USED_FORCE', 'hamas')).toBeDefined();
  });

  it('the subject of the verb an act noun is the object of did not do the act ("Russia condemned the attack on Ukraine")', () => {
    expect(has(['Russia condemned the attack on Ukraine.'], 'russia', 'USED_FORCE', 'ukraine')).toBeUndefined();
  });
});

describe('datelines', () => {
  const actorsOf = (text: string) => extractTexts([text]).actors.map((actor) => actor.id);

  it('the outlet of a dateline is attribution, not an actor', () => {
    expect(actorsOf('MOSCOW, January 10. /TASS/. Vladimir Putin held talks with Kassym-Jomart Tokayev.')).not.toContain('tass');
    expect(actorsOf('LONDON (Reuters) - Britain said on Monday it would send aid to Ukraine.')).not.toContain('reuters');
  });

  it('an acronym in brackets after a name, or a dash in the first sentence, makes no dateline', () => {
    expect(actorsOf('The World Health Organization (WHO) warned Russia.')).toContain('world-health-organization');
    expect(actorsOf('NATO – the alliance – warned Russia.')).toContain('nato');
  });
});

describe('lists of titled names and of subjects', () => {
  it('a later title in a list with no owner of its own has the owner written before the first ("Eskom chairperson X and director Y")', () => {
    expect(has(['Eskom chairperson Ben Ngubane and director Brian Molefe met investors.'], 'brian-molefe', 'HOLDS_ROLE', 'eskom')).toBeDefined();
    const leaders = ['Russian President Vladimir Putin and Chinese President Xi Jinping met.'];
    expect(has(leaders, 'xi-jinping', 'HOLDS_ROLE', 'russia')).toBeUndefined();
  });

  it('"A and B met C" is a meeting of each with C, not of A with B', () => {
    const text = ['Vladimir Putin and Xi Jinping met Joe Biden in Geneva.'];
    expect(has(text, 'xi-jinping', 'COMMUNICATED_WITH', 'joe-biden')).toBeDefined();
    expect(has(text, 'vladimir-putin', 'COMMUNICATED_WITH', 'xi-jinping')).toBeUndefined();
  });
});

describe('verbs of leading and working', () => {
  it('"led" and "headed" are the verbs lead and head, not only the "X-led" phrase', () => {
    expect(has(['Karim Masimov led the KNB for years.'], 'karim-masimov', 'LEADS', 'national-security-committee-of-kazakhstan')).toBeDefined();
    expect(has(['Karim Masimov headed the National Security Committee.'], 'karim-masimov', 'LEADS', 'national-security-committee-of-kazakhstan')).toBeDefined();
  });

  it('"worked at Y" is a job there, held in the past; a role given by a past verb ("named X as Y") is not a former one', () => {
    const relation = has(['Maria Gonzalez worked at the World Bank for ten years.'], 'maria-gonzalez', 'HOLDS_ROLE', 'world-bank');
    expect(relation?.properties).toMatchObject({ status: 'former' });
    const named = has(['Tokayev named Alikhan Smailov as prime minister of Kazakhstan.'], 'alikhan-smailov', 'HOLDS_ROLE', 'kazakhstan');
    expect(named?.properties).toMatchObject({ status: 'current' });
    // The parser makes the one named an xcomp of "named": still not the one who named.
    expect(has(['Tokayev named Alikhan Smailov as prime minister of Kazakhstan.'], 'kassym-jomart-tokayev', 'HOLDS_ROLE', 'kazakhstan')).toBeUndefined();
  });
});

describe('clauses that do not assert their trigger', () => {
  it('infinitive: "urged X to criticise Y" is not a criticism by X', () => {
    const document = extractTexts(['Amnesty International urged Germany to criticise Alexander Lukashenko.']);
    expect(findRelation(document, 'germany', 'CRITICIZED', 'alexander-lukashenko')).toBeUndefined();
  });

  it('implicative-infinitive: "continued to fire on X" happened', () => {
    expect(has(['Police continued to fire on the crowd after dark.'], 'security-forces', 'USED_FORCE', 'protesters')).toBeDefined();
  });

  it('asked-for event: "A and B requested a meeting" is no meeting; "held talks" is', () => {
    expect(has(['Vladimir Putin and Joe Biden requested a meeting.'], 'vladimir-putin', 'COMMUNICATED_WITH', 'joe-biden')).toBeUndefined();
    expect(has(['Vladimir Putin and Joe Biden held talks in Geneva.'], 'vladimir-putin', 'COMMUNICATED_WITH', 'joe-biden')).toBeDefined();
  });

  it('nominal-gerund: "the killing of X" names no killer', () => {
    const document = extractTexts(['The Belarusian government must explain the killing of protesters.']);
    expect(document.relations.filter((relation) => relation.type === 'USED_FORCE')).toEqual([]);
  });

  it('role-plural: "heads of state" is a title, not the verb "head"', () => {
    const document = extractTexts(['Emomali Rahmon thanked all heads of state of the Collective Security Treaty Organization.']);
    expect(findRelation(document, 'emomali-rahmon', 'LEADS', 'collective-security-treaty-organization')).toBeUndefined();
    expect(findRelation(document, 'emomali-rahmon', 'PRAISED', 'collective-security-treaty-organization')).toBeDefined();
  });

  it('acronym-prefix: a catalog name starting with an acronym wins over the acronym ("EU Commission")', () => {
    expect(has(['The EU Commission condemned Alexander Lukashenko.'], 'european-commission', 'CRITICIZED', 'alexander-lukashenko')).toBeDefined();
  });
});

describe('arguments outside the plain object position', () => {
  it('adjective-after-preposition: "the attacks on peaceful demonstrators" is no subject for the next verb', () => {
    const document = extractTexts(['Antonio Guterres condemned the attacks on peaceful demonstrators and urged Belarus to free them.']);
    expect(findRelation(document, 'antonio-guterres', 'DEMANDED', 'belarus')).toBeDefined();
    expect(findRelation(document, 'protesters', 'DEMANDED', 'belarus')).toBeUndefined();
  });

  it('agent-of-act: supporting "the steps taken by X" supports X', () => {
    expect(has(['Ankara firmly backed the steps taken by the Armenian authorities.'], 'turkey', 'SUPPORTED', 'armenia')).toBeDefined();
  });
});

describe('bare titles', () => {
  // The article's main country is never guessed for a title: on Re-DocRED dev that guess added 60 false HOLDS_ROLE and no true one.
  it('no-country-guess: "President X" of a person the knowledge base lacks gets no country the text does not give', () => {
    const text = 'Malian soldiers patrolled Bamako on Friday. Interim President Assimi Goita thanked Russia for its support.';
    expect(has([text], 'assimi-goita', 'HOLDS_ROLE', 'mali')).toBeUndefined();
    expect(has([text], 'assimi-goita', 'PRAISED', 'russia')).toBeDefined();
  });

  it('undated-title: a bare title in an article without a date names no dated office holder', () => {
    const text = 'Protesters marched in the United States. The president urged the protesters to go home.';
    expect(findRelation(extractTexts([text]), 'joe-biden', 'DEMANDED', 'protesters')).toBeDefined();
    expect(findRelation(extractTexts([text], null), 'joe-biden', 'DEMANDED', 'protesters')).toBeUndefined();
  });

  it('home-country-title: a catalogued person keeps the catalog\'s country', () => {
    const text = 'Mali and Niger closed their borders. President Emmanuel Macron recalled his envoy.';
    expect(has([text], 'emmanuel-macron', 'HOLDS_ROLE', 'france')).toBeDefined();
    expect(has([text], 'emmanuel-macron', 'HOLDS_ROLE', 'mali')).toBeUndefined();
  });

  it('title-with-demonym: "Nigerian President X" of a person the knowledge base lacks holds the role in that country', () => {
    const relation = has(['Nigerian President Bola Tinubu appointed Kashim Shettima as vice president on Monday.'], 'bola-tinubu', 'HOLDS_ROLE', 'nigeria');
    expect(relation?.properties).toMatchObject({ role: 'president' });
  });

});

describe('names introduced by the article', () => {
  it('bracketed-acronym: "Long Name (ACRONYM)" lets the acronym name it later', () => {
    const text = 'The Southern African Development Community (SADC) held a summit. Chile, a member of SADC in this story, sent envoys.';
    expect(has([text], 'chile', 'MEMBER_OF', 'southern-african-development-community')).toBeDefined();
  });

  it('organisation-force: "the commander of the NATO force, X" holds a role in NATO', () => {
    expect(has(['The commander of the NATO force, General Jens Stoltenberg, toured the base.'], 'jens-stoltenberg', 'HOLDS_ROLE', 'nato')).toBeDefined();
  });
});

describe('roles in appositions', () => {
  it('possessive-apposition: "X, the Y\'s commander"', () => {
    const text = 'Andrei Serdyukov, the CSTO\'s commander, inspected the base.';
    const relation = has([text], 'andrei-serdyukov', 'HOLDS_ROLE', 'collective-security-treaty-organization');
    expect(relation?.properties).toMatchObject({ role: 'commander' });
  });
});

describe('names and acts of other regions', () => {
  it('arabic-article-particle: "Abdel Fattah el-Sisi" is one name, hyphenated particle included', () => {
    expect(has(['Abdel Fattah el-Sisi met Benjamin Netanyahu in Cairo.'], 'abdel-fattah-el-sisi', 'COMMUNICATED_WITH', 'benjamin-netanyahu')).toBeDefined();
  });

  it('threat-of-an-act: "threatened to assassinate X" threatens X; guerrillas are a collective', () => {
    expect(has(['Guerrillas threatened to assassinate Iyad Allawi on Monday.'], 'guerrillas', 'THREATENED', 'iyad-allawi')).toBeDefined();
  });
});

describe('photo credits', () => {
  it('photo-credit: "REUTERS/Jason Reed" before a caption names no actor; "US/UK forces" is no credit', () => {
    const caption = extractTexts(['REUTERS/Jason Reed U.S. President George W. Bush shakes hands with Chinese President Hu Jintao in Santiago.']);
    const ids = caption.actors.map((actor) => actor.id);
    expect(ids).not.toContain('jason-reed');
    expect(ids).not.toContain('reuters');
    expect(findRelation(caption, 'george-w-bush', 'COMMUNICATED_WITH', 'hu-jintao')).toBeDefined();
    const forces = extractTexts(['US/UK forces attacked Iraq.']).actors.map((actor) => actor.id);
    expect(forces).toEqual(expect.arrayContaining(['united-states', 'united-kingdom']));
  });
});

describe('what a verb calls its object', () => {
  it('as-post: "dismissed X as defence minister" is a dismissal, "dismisses X as a thief" is not', () => {
    expect(has(['Ahmed Chalabi dismisses Hazim Shalan as a thief.'], 'ahmed-chalabi', 'DISMISSED', 'hazim-shalan')).toBeUndefined();
    expect(has(['Iyad Allawi dismissed Hazim Shalan as defence minister.'], 'iyad-allawi', 'DISMISSED', 'hazim-shalan')).toBeDefined();
  });
});
