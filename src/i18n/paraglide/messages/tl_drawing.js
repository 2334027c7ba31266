/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Tl_DrawingInputs */

const en_tl_drawing = /** @type {(inputs: Tl_DrawingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`drawing the map…`)
};

const ru_tl_drawing = /** @type {(inputs: Tl_DrawingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`карта рисуется…`)
};

const kk_tl_drawing = /** @type {(inputs: Tl_DrawingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`карта салынуда…`)
};

/**
* | output |
* | --- |
* | "drawing the map…" |
*
* @param {Tl_DrawingInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const tl_drawing = /** @type {((inputs?: Tl_DrawingInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Tl_DrawingInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_tl_drawing(inputs)
	if (locale === "kk") return kk_tl_drawing(inputs)
	return en_tl_drawing(inputs)
});