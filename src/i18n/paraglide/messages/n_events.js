/* eslint-disable */
import * as registry from '../registry.js'
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ count: NonNullable<unknown> }} N_EventsInputs */

const en_n_events = /** @type {(inputs: N_EventsInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("en", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.count} event`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`${i?.count} events`);
	return /** @type {LocalizedString} */ ("n_events");
};

const ru_n_events = /** @type {(inputs: N_EventsInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("ru", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.count} событие`);
	if (countPlural === "few") return /** @type {LocalizedString} */ (`${i?.count} события`);
	if (countPlural === "many") return /** @type {LocalizedString} */ (`${i?.count} событий`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`${i?.count} события`);
	return /** @type {LocalizedString} */ ("n_events");
};

const kk_n_events = /** @type {(inputs: N_EventsInputs) => LocalizedString} */ (i) => {
	const countPlural = registry.plural("kk", i?.count, {});return /** @type {LocalizedString} */ (`${i?.count} оқиға`)
};

/**
* | countPlural | output |
* | --- | --- |
* | "one" | "{count} event" |
* | "other" | "{count} events" |
*
* @param {N_EventsInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const n_events = /** @type {((inputs: N_EventsInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<N_EventsInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_n_events(inputs)
	if (locale === "kk") return kk_n_events(inputs)
	return en_n_events(inputs)
});