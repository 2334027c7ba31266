/**
 * Kazakhstan's 17 first-level units as they stood in January 2022: 14 oblasts and the three
 * cities of republican significance. The June 2022 reform (Abai, Jetisu, Ulytau) came later.
 * English names follow the articles; Kazakh and Russian names are the official forms.
 */
export type UnitKind = 'oblast' | 'city';

export interface UnitInfo {
  id: string;
  name: string;
  nameKk: string;
  nameRu: string;
  kind: UnitKind;
  /** Gazetteer id of the administrative centre. */
  centre: string;
}

export const UNITS: readonly UnitInfo[] = [
  {
    id: 'akmola',
    name: 'Akmola',
    nameKk: 'Ақмола облысы',
    nameRu: 'Акмолинская область',
    kind: 'oblast',
    centre: 'kokshetau',
  },
  {
    id: 'aktobe-region',
    name: 'Aktobe',
    nameKk: 'Ақтөбе облысы',
    nameRu: 'Актюбинская область',
    kind: 'oblast',
    centre: 'aktobe',
  },
  {
    id: 'almaty-region',
    name: 'Almaty Region',
    nameKk: 'Алматы облысы',
    nameRu: 'Алматинская область',
    kind: 'oblast',
    centre: 'taldykorgan',
  },
  {
    id: 'atyrau-region',
    name: 'Atyrau',
    nameKk: 'Атырау облысы',
    nameRu: 'Атырауская область',
    kind: 'oblast',
    centre: 'atyrau',
  },
  {
    id: 'east-kazakhstan',
    name: 'East Kazakhstan',
    nameKk: 'Шығыс Қазақстан облысы',
    nameRu: 'Восточно-Казахстанская область',
    kind: 'oblast',
    centre: 'oskemen',
  },
  {
    id: 'zhambyl',
    name: 'Zhambyl',
    nameKk: 'Жамбыл облысы',
    nameRu: 'Жамбылская область',
    kind: 'oblast',
    centre: 'taraz',
  },
  {
    id: 'west-kazakhstan',
    name: 'West Kazakhstan',
    nameKk: 'Батыс Қазақстан облысы',
    nameRu: 'Западно-Казахстанская область',
    kind: 'oblast',
    centre: 'oral',
  },
  {
    id: 'karaganda-region',
    name: 'Karaganda',
    nameKk: 'Қарағанды облысы',
    nameRu: 'Карагандинская область',
    kind: 'oblast',
    centre: 'karaganda',
  },
  {
    id: 'kostanay-region',
    name: 'Kostanay',
    nameKk: 'Қостанай облысы',
    nameRu: 'Костанайская область',
    kind: 'oblast',
    centre: 'kostanay',
  },
  {
    id: 'kyzylorda-region',
    name: 'Kyzylorda',
    nameKk: 'Қызылорда облысы',
    nameRu: 'Кызылординская область',
    kind: 'oblast',
    centre: 'kyzylorda',
  },
  {
    id: 'mangystau',
    name: 'Mangystau',
    nameKk: 'Маңғыстау облысы',
    nameRu: 'Мангистауская область',
    kind: 'oblast',
    centre: 'aktau',
  },
  {
    id: 'pavlodar-region',
    name: 'Pavlodar',
    nameKk: 'Павлодар облысы',
    nameRu: 'Павлодарская область',
    kind: 'oblast',
    centre: 'pavlodar',
  },
  {
    id: 'north-kazakhstan',
    name: 'North Kazakhstan',
    nameKk: 'Солтүстік Қазақстан облысы',
    nameRu: 'Северо-Казахстанская область',
    kind: 'oblast',
    centre: 'petropavl',
  },
  {
    id: 'turkestan-region',
    name: 'Turkestan',
    nameKk: 'Түркістан облысы',
    nameRu: 'Туркестанская область',
    kind: 'oblast',
    centre: 'turkistan',
  },
  {
    id: 'nur-sultan-city',
    name: 'Nur-Sultan',
    nameKk: 'Нұр-Сұлтан',
    nameRu: 'Нур-Султан',
    kind: 'city',
    centre: 'nur-sultan',
  },
  {
    id: 'almaty-city',
    name: 'Almaty',
    nameKk: 'Алматы',
    nameRu: 'Алматы',
    kind: 'city',
    centre: 'almaty',
  },
  {
    id: 'shymkent-city',
    name: 'Shymkent',
    nameKk: 'Шымкент',
    nameRu: 'Шымкент',
    kind: 'city',
    centre: 'shymkent',
  },
];

export const UNIT_IDS: readonly string[] = UNITS.map((u) => u.id);

export function unitById(id: string): UnitInfo | undefined {
  return UNITS.find((u) => u.id === id);
}
