/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Figures_NoneInputs */

const en_figures_none = /** @type {(inputs: Figures_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`No figures reported by this day.`)
};

const ru_figures_none = /** @type {(inputs: Figures_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`К этому дню цифр не сообщалось.`)
};

const kk_figures_none = /** @type {(inputs: Figures_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Бұл күнге дейін сандар хабарланбаған.`)
};

/**
* | output |
* | --- |
* | "No figures reported by this day." |
*
* @param {Figures_NoneInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const figures_none = /** @type {((inputs?: Figures_NoneInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Figures_NoneInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_figures_none(inputs)
	if (locale === "kk") return kk_figures_none(inputs)
	return en_figures_none(inputs)
});