/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Changes_NothingInputs */

const en_changes_nothing = /** @type {(inputs: Changes_NothingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Nothing new in the articles on this day.`)
};

const ru_changes_nothing = /** @type {(inputs: Changes_NothingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`В статьях за этот день ничего нового.`)
};

const kk_changes_nothing = /** @type {(inputs: Changes_NothingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Мақалаларда бұл күні жаңа ештеңе жоқ.`)
};

/**
* | output |
* | --- |
* | "Nothing new in the articles on this day." |
*
* @param {Changes_NothingInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const changes_nothing = /** @type {((inputs?: Changes_NothingInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Changes_NothingInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_changes_nothing(inputs)
	if (locale === "kk") return kk_changes_nothing(inputs)
	return en_changes_nothing(inputs)
});