/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Section_DamageInputs */

const en_section_damage = /** @type {(inputs: Section_DamageInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Damage`)
};

const ru_section_damage = /** @type {(inputs: Section_DamageInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ущерб`)
};

const kk_section_damage = /** @type {(inputs: Section_DamageInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Шығын`)
};

/**
* | output |
* | --- |
* | "Damage" |
*
* @param {Section_DamageInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const section_damage = /** @type {((inputs?: Section_DamageInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Section_DamageInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_section_damage(inputs)
	if (locale === "kk") return kk_section_damage(inputs)
	return en_section_damage(inputs)
});