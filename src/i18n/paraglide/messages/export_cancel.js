/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Export_CancelInputs */

const en_export_cancel = /** @type {(inputs: Export_CancelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Cancel`)
};

const ru_export_cancel = /** @type {(inputs: Export_CancelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Отмена`)
};

const kk_export_cancel = /** @type {(inputs: Export_CancelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Болдырмау`)
};

/**
* | output |
* | --- |
* | "Cancel" |
*
* @param {Export_CancelInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const export_cancel = /** @type {((inputs?: Export_CancelInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Export_CancelInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_export_cancel(inputs)
	if (locale === "kk") return kk_export_cancel(inputs)
	return en_export_cancel(inputs)
});