/* eslint-disable */
import * as registry from '../registry.js'
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ count: NonNullable<unknown> }} N_New_EventsInputs */

const en_n_new_events = /** @type {(inputs: N_New_EventsInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("en", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.count} new event`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`${i?.count} new events`);
	return /** @type {LocalizedString} */ ("n_new_events");
};

const ru_n_new_events = /** @type {(inputs: N_New_EventsInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("ru", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.count} новое событие`);
	if (countPlural === "few") return /** @type {LocalizedString} */ (`${i?.count} новых события`);
	if (countPlural === "many") return /** @type {LocalizedString} */ (`${i?.count} новых событий`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`${i?.count} нового события`);
	return /** @type {LocalizedString} */ ("n_new_events");
};

const kk_n_new_events = /** @type {(inputs: N_New_EventsInputs) => LocalizedString} */ (i) => {
	const countPlural = registry.plural("kk", i?.count, {});return /** @type {LocalizedString} */ (`${i?.count} жаңа оқиға`)
};

/**
* | countPlural | output |
* | --- | --- |
* | "one" | "{count} new event" |
* | "other" | "{count} new events" |
*
* @param {N_New_EventsInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const n_new_events = /** @type {((inputs: N_New_EventsInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<N_New_EventsInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_n_new_events(inputs)
	if (locale === "kk") return kk_n_new_events(inputs)
	return en_n_new_events(inputs)
});