/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Certainty_ReportedInputs */

const en_certainty_reported = /** @type {(inputs: Certainty_ReportedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`reported`)
};

const ru_certainty_reported = /** @type {(inputs: Certainty_ReportedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`сообщено`)
};

const kk_certainty_reported = /** @type {(inputs: Certainty_ReportedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`хабарланған`)
};

/**
* | output |
* | --- |
* | "reported" |
*
* @param {Certainty_ReportedInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const certainty_reported = /** @type {((inputs?: Certainty_ReportedInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Certainty_ReportedInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_certainty_reported(inputs)
	if (locale === "kk") return kk_certainty_reported(inputs)
	return en_certainty_reported(inputs)
});