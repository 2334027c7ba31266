/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Badge_PlannedInputs */

const en_badge_planned = /** @type {(inputs: Badge_PlannedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`planned`)
};

const ru_badge_planned = /** @type {(inputs: Badge_PlannedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`запланировано`)
};

const kk_badge_planned = /** @type {(inputs: Badge_PlannedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`жоспарланған`)
};

/**
* | output |
* | --- |
* | "planned" |
*
* @param {Badge_PlannedInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const badge_planned = /** @type {((inputs?: Badge_PlannedInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Badge_PlannedInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_badge_planned(inputs)
	if (locale === "kk") return kk_badge_planned(inputs)
	return en_badge_planned(inputs)
});