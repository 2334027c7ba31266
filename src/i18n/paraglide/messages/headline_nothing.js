/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Headline_NothingInputs */

const en_headline_nothing = /** @type {(inputs: Headline_NothingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Nothing new in the articles on this day`)
};

const ru_headline_nothing = /** @type {(inputs: Headline_NothingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`В статьях за этот день ничего нового`)
};

const kk_headline_nothing = /** @type {(inputs: Headline_NothingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Мақалаларда бұл күні жаңа ештеңе жоқ`)
};

/**
* | output |
* | --- |
* | "Nothing new in the articles on this day" |
*
* @param {Headline_NothingInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const headline_nothing = /** @type {((inputs?: Headline_NothingInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Headline_NothingInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_headline_nothing(inputs)
	if (locale === "kk") return kk_headline_nothing(inputs)
	return en_headline_nothing(inputs)
});