/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Export_WhatInputs */

const en_export_what = /** @type {(inputs: Export_WhatInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`What`)
};

const ru_export_what = /** @type {(inputs: Export_WhatInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Что`)
};

const kk_export_what = /** @type {(inputs: Export_WhatInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Не`)
};

/**
* | output |
* | --- |
* | "What" |
*
* @param {Export_WhatInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const export_what = /** @type {((inputs?: Export_WhatInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Export_WhatInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_export_what(inputs)
	if (locale === "kk") return kk_export_what(inputs)
	return en_export_what(inputs)
});