/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Share_Select_CodeInputs */

const en_share_select_code = /** @type {(inputs: Share_Select_CodeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Select and copy the embed code (it is selected).`)
};

const ru_share_select_code = /** @type {(inputs: Share_Select_CodeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Скопируйте код вручную (он выделен).`)
};

const kk_share_select_code = /** @type {(inputs: Share_Select_CodeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Кодты қолмен көшіріңіз (ол белгіленген).`)
};

/**
* | output |
* | --- |
* | "Select and copy the embed code (it is selected)." |
*
* @param {Share_Select_CodeInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const share_select_code = /** @type {((inputs?: Share_Select_CodeInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Share_Select_CodeInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_share_select_code(inputs)
	if (locale === "kk") return kk_share_select_code(inputs)
	return en_share_select_code(inputs)
});