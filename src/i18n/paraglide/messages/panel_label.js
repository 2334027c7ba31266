/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Panel_LabelInputs */

const en_panel_label = /** @type {(inputs: Panel_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The day in detail`)
};

const ru_panel_label = /** @type {(inputs: Panel_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`День подробно`)
};

const kk_panel_label = /** @type {(inputs: Panel_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Күн егжей-тегжейлі`)
};

/**
* | output |
* | --- |
* | "The day in detail" |
*
* @param {Panel_LabelInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const panel_label = /** @type {((inputs?: Panel_LabelInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Panel_LabelInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_panel_label(inputs)
	if (locale === "kk") return kk_panel_label(inputs)
	return en_panel_label(inputs)
});