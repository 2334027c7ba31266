/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ list: NonNullable<unknown> }} Snap_SourcesInputs */

const en_snap_sources = /** @type {(inputs: Snap_SourcesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Sources: ${i?.list} (quotes in the atlas and its CSV export)`)
};

const ru_snap_sources = /** @type {(inputs: Snap_SourcesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Источники: ${i?.list} (цитаты — в атласе и в его CSV)`)
};

const kk_snap_sources = /** @type {(inputs: Snap_SourcesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Дереккөздер: ${i?.list} (дәйексөздер атласта және оның CSV файлында)`)
};

/**
* | output |
* | --- |
* | "Sources: {list} (quotes in the atlas and its CSV export)" |
*
* @param {Snap_SourcesInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const snap_sources = /** @type {((inputs: Snap_SourcesInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Snap_SourcesInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_snap_sources(inputs)
	if (locale === "kk") return kk_snap_sources(inputs)
	return en_snap_sources(inputs)
});