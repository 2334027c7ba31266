/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Share_AutoplayInputs */

const en_share_autoplay = /** @type {(inputs: Share_AutoplayInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Play the days on load (not for readers who ask for reduced motion)`)
};

const ru_share_autoplay = /** @type {(inputs: Share_AutoplayInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Проигрывать дни при загрузке (кроме читателей, попросивших меньше анимации)`)
};

const kk_share_autoplay = /** @type {(inputs: Share_AutoplayInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Жүктелгенде күндерді ойнату (қозғалысты азайтуды сұраған оқырмандарға емес)`)
};

/**
* | output |
* | --- |
* | "Play the days on load (not for readers who ask for reduced motion)" |
*
* @param {Share_AutoplayInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const share_autoplay = /** @type {((inputs?: Share_AutoplayInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Share_AutoplayInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_share_autoplay(inputs)
	if (locale === "kk") return kk_share_autoplay(inputs)
	return en_share_autoplay(inputs)
});