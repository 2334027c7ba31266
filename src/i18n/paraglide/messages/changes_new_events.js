/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ count: NonNullable<unknown> }} Changes_New_EventsInputs */

const en_changes_new_events = /** @type {(inputs: Changes_New_EventsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`New events: ${i?.count}, marked “new” below`)
};

const ru_changes_new_events = /** @type {(inputs: Changes_New_EventsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Новых событий: ${i?.count}, отмечены ниже`)
};

const kk_changes_new_events = /** @type {(inputs: Changes_New_EventsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Жаңа оқиғалар: ${i?.count}, төменде белгіленген`)
};

/**
* | output |
* | --- |
* | "New events: {count}, marked “new” below" |
*
* @param {Changes_New_EventsInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const changes_new_events = /** @type {((inputs: Changes_New_EventsInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Changes_New_EventsInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_changes_new_events(inputs)
	if (locale === "kk") return kk_changes_new_events(inputs)
	return en_changes_new_events(inputs)
});