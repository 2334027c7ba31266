/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Export_SvgInputs */

const en_export_svg = /** @type {(inputs: Export_SvgInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`SVG of this day, vector for print (text as text, fonts inside)`)
};

const ru_export_svg = /** @type {(inputs: Export_SvgInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`SVG этого дня, вектор для печати (текст как текст, шрифты внутри)`)
};

const kk_export_svg = /** @type {(inputs: Export_SvgInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Осы күннің SVG файлы, басылымға арналған вектор (мәтін мәтін күйінде, қаріптер ішінде)`)
};

/**
* | output |
* | --- |
* | "SVG of this day, vector for print (text as text, fonts inside)" |
*
* @param {Export_SvgInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const export_svg = /** @type {((inputs?: Export_SvgInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Export_SvgInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_export_svg(inputs)
	if (locale === "kk") return kk_export_svg(inputs)
	return en_export_svg(inputs)
});