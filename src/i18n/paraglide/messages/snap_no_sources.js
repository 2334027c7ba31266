/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Snap_No_SourcesInputs */

const en_snap_no_sources = /** @type {(inputs: Snap_No_SourcesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sources: none for this day`)
};

const ru_snap_no_sources = /** @type {(inputs: Snap_No_SourcesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Источники: за этот день нет`)
};

const kk_snap_no_sources = /** @type {(inputs: Snap_No_SourcesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Дереккөздер: бұл күнге жоқ`)
};

/**
* | output |
* | --- |
* | "Sources: none for this day" |
*
* @param {Snap_No_SourcesInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const snap_no_sources = /** @type {((inputs?: Snap_No_SourcesInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Snap_No_SourcesInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_snap_no_sources(inputs)
	if (locale === "kk") return kk_snap_no_sources(inputs)
	return en_snap_no_sources(inputs)
});