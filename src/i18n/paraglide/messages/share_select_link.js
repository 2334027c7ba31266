/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Share_Select_LinkInputs */

const en_share_select_link = /** @type {(inputs: Share_Select_LinkInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Select and copy the link (it is selected).`)
};

const ru_share_select_link = /** @type {(inputs: Share_Select_LinkInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Скопируйте ссылку вручную (она выделена).`)
};

const kk_share_select_link = /** @type {(inputs: Share_Select_LinkInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Сілтемені қолмен көшіріңіз (ол белгіленген).`)
};

/**
* | output |
* | --- |
* | "Select and copy the link (it is selected)." |
*
* @param {Share_Select_LinkInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const share_select_link = /** @type {((inputs?: Share_Select_LinkInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Share_Select_LinkInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_share_select_link(inputs)
	if (locale === "kk") return kk_share_select_link(inputs)
	return en_share_select_link(inputs)
});