/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ phase: NonNullable<unknown> }} Changes_Until_NowInputs */

const en_changes_until_now = /** @type {(inputs: Changes_Until_NowInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`(until now: ${i?.phase})`)
};

const ru_changes_until_now = /** @type {(inputs: Changes_Until_NowInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`(до этого: ${i?.phase})`)
};

const kk_changes_until_now = /** @type {(inputs: Changes_Until_NowInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`(осы уақытқа дейін: ${i?.phase})`)
};

/**
* | output |
* | --- |
* | "(until now: {phase})" |
*
* @param {Changes_Until_NowInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const changes_until_now = /** @type {((inputs: Changes_Until_NowInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Changes_Until_NowInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_changes_until_now(inputs)
	if (locale === "kk") return kk_changes_until_now(inputs)
	return en_changes_until_now(inputs)
});