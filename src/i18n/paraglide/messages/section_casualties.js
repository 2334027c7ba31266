/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Section_CasualtiesInputs */

const en_section_casualties = /** @type {(inputs: Section_CasualtiesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Casualties`)
};

const ru_section_casualties = /** @type {(inputs: Section_CasualtiesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Жертвы`)
};

const kk_section_casualties = /** @type {(inputs: Section_CasualtiesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Құрбандар`)
};

/**
* | output |
* | --- |
* | "Casualties" |
*
* @param {Section_CasualtiesInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const section_casualties = /** @type {((inputs?: Section_CasualtiesInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Section_CasualtiesInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_section_casualties(inputs)
	if (locale === "kk") return kk_section_casualties(inputs)
	return en_section_casualties(inputs)
});