/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Details_Events_HereInputs */

const en_details_events_here = /** @type {(inputs: Details_Events_HereInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Events here`)
};

const ru_details_events_here = /** @type {(inputs: Details_Events_HereInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`События здесь`)
};

const kk_details_events_here = /** @type {(inputs: Details_Events_HereInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Осындағы оқиғалар`)
};

/**
* | output |
* | --- |
* | "Events here" |
*
* @param {Details_Events_HereInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const details_events_here = /** @type {((inputs?: Details_Events_HereInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Details_Events_HereInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_details_events_here(inputs)
	if (locale === "kk") return kk_details_events_here(inputs)
	return en_details_events_here(inputs)
});