/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Tour_LeaveInputs */

const en_tour_leave = /** @type {(inputs: Tour_LeaveInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Leave the tour`)
};

const ru_tour_leave = /** @type {(inputs: Tour_LeaveInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Выйти из тура`)
};

const kk_tour_leave = /** @type {(inputs: Tour_LeaveInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Турдан шығу`)
};

/**
* | output |
* | --- |
* | "Leave the tour" |
*
* @param {Tour_LeaveInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const tour_leave = /** @type {((inputs?: Tour_LeaveInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Tour_LeaveInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_tour_leave(inputs)
	if (locale === "kk") return kk_tour_leave(inputs)
	return en_tour_leave(inputs)
});