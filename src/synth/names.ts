/**
 * Name material for synthetic actors: several naming traditions, each with given names
 * (some with their usual spelling variants), surname stems and the transliteration habits
 * English-language outlets show for it (-yev/-ev, kh/h, y/j, q/k, al-/el-, pinyin/Wade-Giles,
 * dropped diacritics). Names are invented or common; none is taken from the seed articles,
 * so an extractor cannot pass the synthetic corpus by knowing the seed actors.
 */
import { nameKey } from '../catalog/normalize.ts';
import type { Random } from './random.ts';

export type Gender = 'male' | 'female';

/** A given name with the other spellings of the same name ("Dmitry", "Dmitri", "Dmitrij"). */
interface GivenName {
  spellings: readonly string[];
  gender: Gender;
}

export interface NamingTradition {
  id: string;
  given: readonly GivenName[];
  /** Surname stems; `surname()` adds the tradition's endings. */
  stems: readonly string[];
  /** Builds a canonical surname from a stem, for a person of the given gender. */
  surname(stem: string, gender: Gender, random: Random): string;
  /** Chinese order: surname before given name. */
  surnameFirst?: boolean;
  /** Other spellings of a surname, as other outlets would transliterate it. */
  variants(surname: string): string[];
}

const male = (...spellings: string[]): GivenName => ({ spellings, gender: 'male' });
const female = (...spellings: string[]): GivenName => ({ spellings, gender: 'female' });

/** Spelling rules for Cyrillic-origin names: each rule maps the canonical spelling to a variant. */
const cyrillicRules: Array<[RegExp, string]> = [
  [/yev(a?)$/, 'ev$1'],
  [/yev(a?)$/, 'iev$1'],
  [/Kh/g, 'H'],
  [/kh/g, 'h'],
  [/^Ye/, 'E'],
  [/^Yu/, 'Ju'],
  [/ov$/, 'off'],
];

function applyRules(name: string, rules: ReadonlyArray<[RegExp, string]>): string[] {
  const variants = new Set<string>();
  for (const [pattern, replacement] of rules) {
    const variant = name.replace(pattern, replacement);
    if (variant !== name) variants.add(variant);
  }
  return [...variants];
}

/** Stems that take -yev (Solovyev, Dorofeyev); the others take -ov or -in. */
const YEV_STEMS = new Set(['Solov', 'Dorofe', 'Grigor', 'Afanas', 'Vasil']);

/** Slavic surname endings agree with gender: Volkov / Volkova, Solovyev / Solovyeva. */
function slavicSurname(stem: string, gender: Gender, random: Random): string {
  const ending = YEV_STEMS.has(stem) ? 'yev' : random.pick(['ov', 'ov', 'in']);
  return stem + ending + (gender === 'female' ? 'a' : '');
}

const slavic: NamingTradition = {
  id: 'slavic',
  given: [
    male('Dmitry', 'Dmitri', 'Dmitrij'), male('Sergei', 'Sergey'), male('Alexei', 'Aleksei', 'Alexey'),
    male('Yuri', 'Yury', 'Juri'), male('Yevgeny', 'Evgeny', 'Evgeni'), male('Mikhail', 'Mihail'),
    male('Nikolai', 'Nikolay'), male('Andrei', 'Andrey'), male('Oleg'), male('Vadim'),
    female('Tatiana', 'Tatyana'), female('Yelena', 'Elena'), female('Natalia', 'Natalya'),
    female('Irina'), female('Svetlana'), female('Yekaterina', 'Ekaterina'),
  ],
  stems: ['Volk', 'Khrom', 'Belous', 'Grom', 'Kharit', 'Sokol', 'Yermol', 'Taras', 'Kuznets', 'Lebed', 'Khodor', 'Sazon', ...YEV_STEMS],
  surname: slavicSurname,
  variants: (surname) => applyRules(surname, cyrillicRules),
};

const centralAsian: NamingTradition = {
  id: 'central-asian',
  given: [
    male('Yerlan', 'Erlan'), male('Askar', 'Asqar'), male('Dauren'), male('Serik'), male('Bakhyt', 'Bakhit'),
    male('Kairat', 'Qairat'), male('Yerzhan', 'Erzhan'), female('Aigerim', 'Aygerim'), female('Gulnara'),
    female('Dinara'), female('Saule', 'Sauleh'), female('Zhanar', 'Janar'),
  ],
  stems: ['Zhuman', 'Baimukh', 'Sarsen', 'Kenzhe', 'Tuleg', 'Yesim', 'Akhmet', 'Duisen', 'Oraz', 'Nurpeis'],
  surname: (stem, gender, random) => {
    const ending = random.pick(['ov', 'bayev', 'ayev', 'uly']);
    if (gender === 'male') return stem + ending;
    return stem + (ending === 'uly' ? 'ova' : `${ending}a`);
  },
  variants: (surname) => applyRules(surname, [...cyrillicRules, [/uly$/, 'ulu'], [/zh/g, 'j'], [/K(?!h)/g, 'Q']]),
};

const arabic: NamingTradition = {
  id: 'arabic',
  given: [
    male('Mohammed', 'Muhammad', 'Mohamed'), male('Khalid', 'Khaled'), male('Youssef', 'Yusuf', 'Yousef'),
    male('Omar', 'Umar'), male('Hassan', 'Hasan'), male('Ahmed', 'Ahmad'), male('Tariq', 'Tarek'),
    female('Layla', 'Leila'), female('Fatima', 'Fatma'), female('Rania'), female('Nour', 'Noor'),
  ],
  stems: ['Rashid', 'Masri', 'Haddad', 'Nasser', 'Qasimi', 'Sharif', 'Bakri', 'Hamdan', 'Zahrani', 'Tamimi'],
  surname: (stem, _gender, random) => (random.chance(0.6) ? `al-${stem}` : stem),
  variants: (surname) =>
    applyRules(surname, [
      [/^al-/, 'el-'],
      [/^al-/, 'Al '],
      [/^al-(.)/, 'Al-$1'],
      [/Q/g, 'K'],
      [/sser$/, 'sir'],
    ]),
};

const chinese: NamingTradition = {
  id: 'chinese',
  given: [
    male('Jianguo', 'Chien-kuo'), male('Haoran', 'Hao-jan'), male('Zhiwei', 'Chih-wei'), male('Mingyu', 'Ming-yu'),
    female('Xiaoling', 'Hsiao-ling'), female('Lihua', 'Li-hua'), female('Yuqing', 'Yu-ching'),
  ],
  stems: ['Zhou', 'Zhang', 'Xu', 'Zhao', 'Qian', 'Liang', 'Deng', 'Gao', 'Xie', 'Jiang'],
  surname: (stem) => stem,
  surnameFirst: true,
  variants: (surname) =>
    applyRules(surname, [
      [/^Zh/, 'Ch'],
      [/^X/, 'Hs'],
      [/^Q/, 'Ch\u2019'],
      [/^J/, 'Ch'],
    ]),
};

const western: NamingTradition = {
  id: 'western',
  given: [
    male('Jens'), male('Olaf'), male('Pierre'), male('Hans'), male('Marco'), male('Thomas'), male('Lukas', 'Lucas'),
    female('Marie'), female('Anna'), female('Giulia'), female('Sarah', 'Sara'), female('Ingrid'), female('Claire'),
  ],
  stems: ['Lindqvist', 'Moreau', 'Bauer', 'Rossi', 'Hartmann', 'Dubois', 'Whitaker', 'Brennan', 'Kowalski', 'Novak', 'Vermeulen'],
  surname: (stem) => stem,
  variants: (surname) => applyRules(surname, [[/qv/, 'kv'], [/ski$/, 'sky']]),
};

const hispanic: NamingTradition = {
  id: 'hispanic',
  given: [
    male('José', 'Jose'), male('Andrés', 'Andres'), male('Joaquín', 'Joaquin'), male('Rafael'),
    female('María', 'Maria'), female('Lucía', 'Lucia'), female('Inés', 'Ines'), female('Carmen'),
  ],
  stems: ['García', 'Fernández', 'Ortega', 'Morales', 'Domínguez', 'Castillo', 'Ibáñez', 'Serrano'],
  surname: (stem) => stem,
  variants: (surname) => {
    const plain = surname.normalize('NFD').replace(/\p{Diacritic}/gu, '');
    return plain === surname ? [] : [plain];
  },
};

export const NAMING_TRADITIONS: readonly NamingTradition[] = [slavic, centralAsian, arabic, chinese, western, hispanic];

/** A generated person's name: canonical form, short form used on later mentions, and aliases. */
export interface PersonName {
  name: string;
  surname: string;
  gender: Gender;
  /** Other full-name and surname spellings, for the catalog and for varied mentions. */
  aliases: string[];
}

/** Draws a person name of one tradition; `taken` holds the name keys (src/catalog nameKey) already used. */
export function drawPersonName(tradition: NamingTradition, random: Random, taken: Set<string>): PersonName {
  for (let attempt = 0; ; attempt += 1) {
    const given = random.pick(tradition.given);
    const surname = tradition.surname(random.pick(tradition.stems), given.gender, random);
    const first = given.spellings[0] as string;
    const join = (g: string, s: string) => (tradition.surnameFirst ? `${s} ${g}` : `${g} ${s}`);
    // Past a few collisions the name space of a tradition is exhausted: add middle initials.
    const initials =
      attempt < 20 ? '' : ` ${String.fromCharCode(65 + (attempt % 26))}.${attempt >= 46 ? ` ${String.fromCharCode(65 + ((attempt >> 5) % 26))}.` : ''}`;
    const canonical = join(first + initials, surname);
    const key = nameKey(canonical);
    if (taken.has(key)) continue;
    taken.add(key);
    const surnames = [surname, ...tradition.variants(surname)];
    const aliases = new Set<string>();
    for (const s of surnames) for (const g of given.spellings) aliases.add(join(g, s));
    for (const s of surnames.slice(1)) aliases.add(s);
    aliases.delete(canonical);
    return { name: canonical, surname, gender: given.gender, aliases: [...aliases] };
  }
}
