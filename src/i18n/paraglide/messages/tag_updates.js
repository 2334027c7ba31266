/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Tag_UpdatesInputs */

const en_tag_updates = /** @type {(inputs: Tag_UpdatesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`updates an earlier figure`)
};

const ru_tag_updates = /** @type {(inputs: Tag_UpdatesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`обновляет прежнюю цифру`)
};

const kk_tag_updates = /** @type {(inputs: Tag_UpdatesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`бұрынғы санды жаңартады`)
};

/**
* | output |
* | --- |
* | "updates an earlier figure" |
*
* @param {Tag_UpdatesInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const tag_updates = /** @type {((inputs?: Tag_UpdatesInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Tag_UpdatesInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_tag_updates(inputs)
	if (locale === "kk") return kk_tag_updates(inputs)
	return en_tag_updates(inputs)
});