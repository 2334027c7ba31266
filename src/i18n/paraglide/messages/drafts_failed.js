/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ problem: NonNullable<unknown> }} Drafts_FailedInputs */

const en_drafts_failed = /** @type {(inputs: Drafts_FailedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The drafts could not be read: ${i?.problem}`)
};

const ru_drafts_failed = /** @type {(inputs: Drafts_FailedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Не удалось прочитать черновики: ${i?.problem}`)
};

const kk_drafts_failed = /** @type {(inputs: Drafts_FailedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Жобаларды оқу мүмкін болмады: ${i?.problem}`)
};

/**
* | output |
* | --- |
* | "The drafts could not be read: {problem}" |
*
* @param {Drafts_FailedInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const drafts_failed = /** @type {((inputs: Drafts_FailedInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Drafts_FailedInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_drafts_failed(inputs)
	if (locale === "kk") return kk_drafts_failed(inputs)
	return en_drafts_failed(inputs)
});