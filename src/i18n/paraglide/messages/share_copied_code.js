/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Share_Copied_CodeInputs */

const en_share_copied_code = /** @type {(inputs: Share_Copied_CodeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Embed code copied.`)
};

const ru_share_copied_code = /** @type {(inputs: Share_Copied_CodeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Код скопирован.`)
};

const kk_share_copied_code = /** @type {(inputs: Share_Copied_CodeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Код көшірілді.`)
};

/**
* | output |
* | --- |
* | "Embed code copied." |
*
* @param {Share_Copied_CodeInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const share_copied_code = /** @type {((inputs?: Share_Copied_CodeInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Share_Copied_CodeInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_share_copied_code(inputs)
	if (locale === "kk") return kk_share_copied_code(inputs)
	return en_share_copied_code(inputs)
});