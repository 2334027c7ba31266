/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ count: NonNullable<unknown>, total: NonNullable<unknown> }} Snap_Inferred_EventsInputs */

const en_snap_inferred_events = /** @type {(inputs: Snap_Inferred_EventsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.count} of ${i?.total} events have an inferred date`)
};

const ru_snap_inferred_events = /** @type {(inputs: Snap_Inferred_EventsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`у ${i?.count} из ${i?.total} событий дата выведена`)
};

const kk_snap_inferred_events = /** @type {(inputs: Snap_Inferred_EventsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.total} оқиғаның ${i?.count} күні тұжырымдалған`)
};

/**
* | output |
* | --- |
* | "{count} of {total} events have an inferred date" |
*
* @param {Snap_Inferred_EventsInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const snap_inferred_events = /** @type {((inputs: Snap_Inferred_EventsInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Snap_Inferred_EventsInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_snap_inferred_events(inputs)
	if (locale === "kk") return kk_snap_inferred_events(inputs)
	return en_snap_inferred_events(inputs)
});