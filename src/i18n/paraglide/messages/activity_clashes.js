/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Activity_ClashesInputs */

const en_activity_clashes = /** @type {(inputs: Activity_ClashesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Clashes, attacks`)
};

const ru_activity_clashes = /** @type {(inputs: Activity_ClashesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Столкновения, нападения`)
};

const kk_activity_clashes = /** @type {(inputs: Activity_ClashesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Қақтығыстар, шабуылдар`)
};

/**
* | output |
* | --- |
* | "Clashes, attacks" |
*
* @param {Activity_ClashesInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const activity_clashes = /** @type {((inputs?: Activity_ClashesInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Activity_ClashesInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_activity_clashes(inputs)
	if (locale === "kk") return kk_activity_clashes(inputs)
	return en_activity_clashes(inputs)
});