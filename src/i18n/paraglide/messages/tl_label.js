/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Tl_LabelInputs */

const en_tl_label = /** @type {(inputs: Tl_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Timeline`)
};

const ru_tl_label = /** @type {(inputs: Tl_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Шкала времени`)
};

const kk_tl_label = /** @type {(inputs: Tl_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Уақыт шкаласы`)
};

/**
* | output |
* | --- |
* | "Timeline" |
*
* @param {Tl_LabelInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const tl_label = /** @type {((inputs?: Tl_LabelInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Tl_LabelInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_tl_label(inputs)
	if (locale === "kk") return kk_tl_label(inputs)
	return en_tl_label(inputs)
});