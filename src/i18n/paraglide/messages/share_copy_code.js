/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Share_Copy_CodeInputs */

const en_share_copy_code = /** @type {(inputs: Share_Copy_CodeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Copy embed code`)
};

const ru_share_copy_code = /** @type {(inputs: Share_Copy_CodeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Копировать код`)
};

const kk_share_copy_code = /** @type {(inputs: Share_Copy_CodeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Кодты көшіру`)
};

/**
* | output |
* | --- |
* | "Copy embed code" |
*
* @param {Share_Copy_CodeInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const share_copy_code = /** @type {((inputs?: Share_Copy_CodeInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Share_Copy_CodeInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_share_copy_code(inputs)
	if (locale === "kk") return kk_share_copy_code(inputs)
	return en_share_copy_code(inputs)
});