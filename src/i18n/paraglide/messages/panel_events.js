/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ count: NonNullable<unknown> }} Panel_EventsInputs */

const en_panel_events = /** @type {(inputs: Panel_EventsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Events (${i?.count})`)
};

const ru_panel_events = /** @type {(inputs: Panel_EventsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`События (${i?.count})`)
};

const kk_panel_events = /** @type {(inputs: Panel_EventsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Оқиғалар (${i?.count})`)
};

/**
* | output |
* | --- |
* | "Events ({count})" |
*
* @param {Panel_EventsInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const panel_events = /** @type {((inputs: Panel_EventsInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Panel_EventsInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_panel_events(inputs)
	if (locale === "kk") return kk_panel_events(inputs)
	return en_panel_events(inputs)
});