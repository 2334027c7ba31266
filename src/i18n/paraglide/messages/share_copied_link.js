/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Share_Copied_LinkInputs */

const en_share_copied_link = /** @type {(inputs: Share_Copied_LinkInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Link copied.`)
};

const ru_share_copied_link = /** @type {(inputs: Share_Copied_LinkInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ссылка скопирована.`)
};

const kk_share_copied_link = /** @type {(inputs: Share_Copied_LinkInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Сілтеме көшірілді.`)
};

/**
* | output |
* | --- |
* | "Link copied." |
*
* @param {Share_Copied_LinkInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const share_copied_link = /** @type {((inputs?: Share_Copied_LinkInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Share_Copied_LinkInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_share_copied_link(inputs)
	if (locale === "kk") return kk_share_copied_link(inputs)
	return en_share_copied_link(inputs)
});