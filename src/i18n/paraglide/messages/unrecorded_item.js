/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ what: NonNullable<unknown>, day: NonNullable<unknown> }} Unrecorded_ItemInputs */

const en_unrecorded_item = /** @type {(inputs: Unrecorded_ItemInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.what} (no article covers it after ${i?.day})`)
};

const ru_unrecorded_item = /** @type {(inputs: Unrecorded_ItemInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.what} (после ${i?.day} ни одна статья об этом не пишет)`)
};

const kk_unrecorded_item = /** @type {(inputs: Unrecorded_ItemInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.what} (соңғы мақала — ${i?.day})`)
};

/**
* | output |
* | --- |
* | "{what} (no article covers it after {day})" |
*
* @param {Unrecorded_ItemInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const unrecorded_item = /** @type {((inputs: Unrecorded_ItemInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Unrecorded_ItemInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_unrecorded_item(inputs)
	if (locale === "kk") return kk_unrecorded_item(inputs)
	return en_unrecorded_item(inputs)
});