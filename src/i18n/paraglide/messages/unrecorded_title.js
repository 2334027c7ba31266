/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Unrecorded_TitleInputs */

const en_unrecorded_title = /** @type {(inputs: Unrecorded_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Not recorded on this day:`)
};

const ru_unrecorded_title = /** @type {(inputs: Unrecorded_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Не отмечено в этот день:`)
};

const kk_unrecorded_title = /** @type {(inputs: Unrecorded_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Бұл күні тіркелмеген:`)
};

/**
* | output |
* | --- |
* | "Not recorded on this day:" |
*
* @param {Unrecorded_TitleInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const unrecorded_title = /** @type {((inputs?: Unrecorded_TitleInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Unrecorded_TitleInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_unrecorded_title(inputs)
	if (locale === "kk") return kk_unrecorded_title(inputs)
	return en_unrecorded_title(inputs)
});