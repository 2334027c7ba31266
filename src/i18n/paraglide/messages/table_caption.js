/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Table_CaptionInputs */

const en_table_caption = /** @type {(inputs: Table_CaptionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Status of the 17 regions on this day`)
};

const ru_table_caption = /** @type {(inputs: Table_CaptionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Статус 17 регионов в этот день`)
};

const kk_table_caption = /** @type {(inputs: Table_CaptionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Осы күнгі 17 өңірдің мәртебесі`)
};

/**
* | output |
* | --- |
* | "Status of the 17 regions on this day" |
*
* @param {Table_CaptionInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const table_caption = /** @type {((inputs?: Table_CaptionInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Table_CaptionInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_table_caption(inputs)
	if (locale === "kk") return kk_table_caption(inputs)
	return en_table_caption(inputs)
});