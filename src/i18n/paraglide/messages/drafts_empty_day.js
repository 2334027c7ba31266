/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Drafts_Empty_DayInputs */

const en_drafts_empty_day = /** @type {(inputs: Drafts_Empty_DayInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`No draft on this day.`)
};

const ru_drafts_empty_day = /** @type {(inputs: Drafts_Empty_DayInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`На этот день черновиков нет.`)
};

const kk_drafts_empty_day = /** @type {(inputs: Drafts_Empty_DayInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Бұл күнге жоба жоқ.`)
};

/**
* | output |
* | --- |
* | "No draft on this day." |
*
* @param {Drafts_Empty_DayInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const drafts_empty_day = /** @type {((inputs?: Drafts_Empty_DayInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Drafts_Empty_DayInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_drafts_empty_day(inputs)
	if (locale === "kk") return kk_drafts_empty_day(inputs)
	return en_drafts_empty_day(inputs)
});