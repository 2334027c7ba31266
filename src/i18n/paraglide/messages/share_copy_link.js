/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Share_Copy_LinkInputs */

const en_share_copy_link = /** @type {(inputs: Share_Copy_LinkInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Copy link`)
};

const ru_share_copy_link = /** @type {(inputs: Share_Copy_LinkInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Копировать ссылку`)
};

const kk_share_copy_link = /** @type {(inputs: Share_Copy_LinkInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Сілтемені көшіру`)
};

/**
* | output |
* | --- |
* | "Copy link" |
*
* @param {Share_Copy_LinkInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const share_copy_link = /** @type {((inputs?: Share_Copy_LinkInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Share_Copy_LinkInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_share_copy_link(inputs)
	if (locale === "kk") return kk_share_copy_link(inputs)
	return en_share_copy_link(inputs)
});