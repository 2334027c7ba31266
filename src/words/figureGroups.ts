/**
 * What a figure counts, beyond its measure, as the data writes it in English ("security
 * forces"), in Russian and Kazakh. A group the table does not hold stays in English, and the
 * page marks it as English.
 */
import type { Lang } from './i18n.ts';

const GROUPS: Record<string, { ru: string; kk: string }> = {
  'CSTO peacekeepers': { ru: 'миротворцы ОДКБ', kk: 'ҰҚШҰ бітімгершілері' },
  'CSTO planes scheduled to leave on 14 January': {
    ru: 'самолёты ОДКБ, вылет назначен на 14 января',
    kk: 'ҰҚШҰ ұшақтары, ұшуы 14 қаңтарға белгіленген',
  },
  'ambulance calls, 4 to 7 January (a third for injuries)': {
    ru: 'вызовы скорой помощи с 4 по 7 января (треть — травмы)',
    kk: 'жедел жәрдем шақырулары, 4–7 қаңтар (үштен бірі — жарақат)',
  },
  'ambulances destroyed': {
    ru: 'уничтоженные машины скорой помощи',
    kk: 'жойылған жедел жәрдем көліктері',
  },
  ammunition: { ru: 'боеприпасы', kk: 'оқ-дәрі' },
  assailants: { ru: 'нападавшие', kk: 'шабуылдаушылар' },
  'attacks on the police department, night of 5 to 6 January': {
    ru: 'нападения на департамент полиции в ночь с 5 на 6 января',
    kk: 'полиция департаментіне шабуылдар, 5 қаңтардан 6 қаңтарға қараған түні',
  },
  companies: { ru: 'компании', kk: 'компаниялар' },
  'fire trucks burned': { ru: 'сожжённые пожарные машины', kk: 'өртелген өрт сөндіру көліктері' },
  'fire trucks damaged': {
    ru: 'повреждённые пожарные машины',
    kk: 'зақымдалған өрт сөндіру көліктері',
  },
  'fire trucks stolen': { ru: 'угнанные пожарные машины', kk: 'ұрланған өрт сөндіру көліктері' },
  firearms: { ru: 'огнестрельное оружие', kk: 'атыс қаруы' },
  'people in overnight battles': { ru: 'погибшие в ночных боях', kk: 'түнгі шайқастарда' },
  police: { ru: 'полиция', kk: 'полиция' },
  'police vehicles damaged and burned': {
    ru: 'повреждённые и сожжённые полицейские машины',
    kk: 'зақымдалған және өртелген полиция көліктері',
  },
  rioters: { ru: 'участники беспорядков', kk: 'тәртіпсіздікке қатысушылар' },
  'security forces': { ru: 'силовые структуры', kk: 'қауіпсіздік күштері' },
  'shopping malls and banks': {
    ru: 'торговые центры и банки',
    kk: 'сауда орталықтары мен банктер',
  },
};

/** A figure's group in a language, and the language it is written in. */
export function groupName(group: string, lang: Lang): { text: string; lang: Lang } {
  const own = lang === 'en' ? undefined : GROUPS[group]?.[lang];
  return own ? { text: own, lang } : { text: group, lang: 'en' };
}

/** Whether the table holds a group. */
export const hasGroupName = (group: string) => group in GROUPS;
