/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Details_Events_RegionInputs */

const en_details_events_region = /** @type {(inputs: Details_Events_RegionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Events in this region`)
};

const ru_details_events_region = /** @type {(inputs: Details_Events_RegionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`События в этом регионе`)
};

const kk_details_events_region = /** @type {(inputs: Details_Events_RegionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Осы өңірдегі оқиғалар`)
};

/**
* | output |
* | --- |
* | "Events in this region" |
*
* @param {Details_Events_RegionInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const details_events_region = /** @type {((inputs?: Details_Events_RegionInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Details_Events_RegionInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_details_events_region(inputs)
	if (locale === "kk") return kk_details_events_region(inputs)
	return en_details_events_region(inputs)
});