/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Legend_ChangedInputs */

const en_legend_changed = /** @type {(inputs: Legend_ChangedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Changed on this day`)
};

const ru_legend_changed = /** @type {(inputs: Legend_ChangedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Изменилось в этот день`)
};

const kk_legend_changed = /** @type {(inputs: Legend_ChangedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Осы күні өзгерді`)
};

/**
* | output |
* | --- |
* | "Changed on this day" |
*
* @param {Legend_ChangedInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const legend_changed = /** @type {((inputs?: Legend_ChangedInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Legend_ChangedInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_legend_changed(inputs)
	if (locale === "kk") return kk_legend_changed(inputs)
	return en_legend_changed(inputs)
});