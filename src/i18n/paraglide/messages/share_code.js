/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Share_CodeInputs */

const en_share_code = /** @type {(inputs: Share_CodeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Embed code (a responsive iframe for an article)`)
};

const ru_share_code = /** @type {(inputs: Share_CodeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Код для встраивания (адаптивный iframe для статьи)`)
};

const kk_share_code = /** @type {(inputs: Share_CodeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ендіру коды (мақалаға арналған бейімделгіш iframe)`)
};

/**
* | output |
* | --- |
* | "Embed code (a responsive iframe for an article)" |
*
* @param {Share_CodeInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const share_code = /** @type {((inputs?: Share_CodeInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Share_CodeInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_share_code(inputs)
	if (locale === "kk") return kk_share_code(inputs)
	return en_share_code(inputs)
});