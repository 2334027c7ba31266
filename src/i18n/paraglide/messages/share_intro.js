/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Share_IntroInputs */

const en_share_intro = /** @type {(inputs: Share_IntroInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The link opens on this day, view, selection or tour stop; the embed on the same day, selection or stop, fitted to its own size.`)
};

const ru_share_intro = /** @type {(inputs: Share_IntroInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ссылка откроет этот день, вид, выбор или остановку тура; встраиваемый код — тот же день, выбор или остановку, вписанные в его размер.`)
};

const kk_share_intro = /** @type {(inputs: Share_IntroInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Сілтеме осы күнді, көріністі, таңдауды немесе тур аялдамасын ашады; ендіру коды сол күнді, таңдауды немесе аялдаманы өз өлшеміне сыйғызып ашады.`)
};

/**
* | output |
* | --- |
* | "The link opens on this day, view, selection or tour stop; the embed on the same day, selection or stop, fitted to its own size." |
*
* @param {Share_IntroInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const share_intro = /** @type {((inputs?: Share_IntroInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Share_IntroInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_share_intro(inputs)
	if (locale === "kk") return kk_share_intro(inputs)
	return en_share_intro(inputs)
});