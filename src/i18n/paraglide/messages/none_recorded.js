/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} None_RecordedInputs */

const en_none_recorded = /** @type {(inputs: None_RecordedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`none recorded`)
};

const ru_none_recorded = /** @type {(inputs: None_RecordedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`не отмечено`)
};

const kk_none_recorded = /** @type {(inputs: None_RecordedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`тіркелмеген`)
};

/**
* | output |
* | --- |
* | "none recorded" |
*
* @param {None_RecordedInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const none_recorded = /** @type {((inputs?: None_RecordedInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<None_RecordedInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_none_recorded(inputs)
	if (locale === "kk") return kk_none_recorded(inputs)
	return en_none_recorded(inputs)
});