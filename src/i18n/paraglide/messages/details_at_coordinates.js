/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ dataset: NonNullable<unknown> }} Details_At_CoordinatesInputs */

const en_details_at_coordinates = /** @type {(inputs: Details_At_CoordinatesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`at its coordinates from ${i?.dataset}.`)
};

const ru_details_at_coordinates = /** @type {(inputs: Details_At_CoordinatesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`по координатам из ${i?.dataset}.`)
};

const kk_details_at_coordinates = /** @type {(inputs: Details_At_CoordinatesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.dataset} деректеріндегі координаттар бойынша.`)
};

/**
* | output |
* | --- |
* | "at its coordinates from {dataset}." |
*
* @param {Details_At_CoordinatesInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const details_at_coordinates = /** @type {((inputs: Details_At_CoordinatesInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Details_At_CoordinatesInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_details_at_coordinates(inputs)
	if (locale === "kk") return kk_details_at_coordinates(inputs)
	return en_details_at_coordinates(inputs)
});