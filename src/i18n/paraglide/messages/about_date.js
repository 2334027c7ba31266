/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} About_DateInputs */

const en_about_date = /** @type {(inputs: About_DateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Date:`)
};

const ru_about_date = /** @type {(inputs: About_DateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Дата:`)
};

const kk_about_date = /** @type {(inputs: About_DateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Күні:`)
};

/**
* | output |
* | --- |
* | "Date:" |
*
* @param {About_DateInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const about_date = /** @type {((inputs?: About_DateInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<About_DateInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_about_date(inputs)
	if (locale === "kk") return kk_about_date(inputs)
	return en_about_date(inputs)
});