/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Snap_ReasoningInputs */

const en_snap_reasoning = /** @type {(inputs: Snap_ReasoningInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Reasoning for each in the atlas.`)
};

const ru_snap_reasoning = /** @type {(inputs: Snap_ReasoningInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Обоснование каждого вывода — в атласе.`)
};

const kk_snap_reasoning = /** @type {(inputs: Snap_ReasoningInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Әр тұжырымның негіздемесі атласта.`)
};

/**
* | output |
* | --- |
* | "Reasoning for each in the atlas." |
*
* @param {Snap_ReasoningInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const snap_reasoning = /** @type {((inputs?: Snap_ReasoningInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Snap_ReasoningInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_snap_reasoning(inputs)
	if (locale === "kk") return kk_snap_reasoning(inputs)
	return en_snap_reasoning(inputs)
});