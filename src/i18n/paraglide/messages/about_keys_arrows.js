/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} About_Keys_ArrowsInputs */

const en_about_keys_arrows = /** @type {(inputs: About_Keys_ArrowsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Arrow keys: move the map, or change the day when the day slider has focus`)
};

const ru_about_keys_arrows = /** @type {(inputs: About_Keys_ArrowsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Стрелки: двигают карту или меняют день, когда в фокусе ползунок дней`)
};

const kk_about_keys_arrows = /** @type {(inputs: About_Keys_ArrowsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Көрсеткілер: картаны жылжытады немесе күн жүгірткісі белсенді болса, күнді ауыстырады`)
};

/**
* | output |
* | --- |
* | "Arrow keys: move the map, or change the day when the day slider has focus" |
*
* @param {About_Keys_ArrowsInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const about_keys_arrows = /** @type {((inputs?: About_Keys_ArrowsInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<About_Keys_ArrowsInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_about_keys_arrows(inputs)
	if (locale === "kk") return kk_about_keys_arrows(inputs)
	return en_about_keys_arrows(inputs)
});