/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Export_Bad_RangeInputs */

const en_export_bad_range = /** @type {(inputs: Export_Bad_RangeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The first day of the animation must not come after the last.`)
};

const ru_export_bad_range = /** @type {(inputs: Export_Bad_RangeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Первый день анимации не может быть позже последнего.`)
};

const kk_export_bad_range = /** @type {(inputs: Export_Bad_RangeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Анимацияның бірінші күні соңғысынан кейін болмауы керек.`)
};

/**
* | output |
* | --- |
* | "The first day of the animation must not come after the last." |
*
* @param {Export_Bad_RangeInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const export_bad_range = /** @type {((inputs?: Export_Bad_RangeInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Export_Bad_RangeInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_export_bad_range(inputs)
	if (locale === "kk") return kk_export_bad_range(inputs)
	return en_export_bad_range(inputs)
});