/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ where: NonNullable<unknown> }} Change_LiftedInputs */

const en_change_lifted = /** @type {(inputs: Change_LiftedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`"Red" level lifted in ${i?.where}`)
};

const ru_change_lifted = /** @type {(inputs: Change_LiftedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`«Красный» уровень снят: ${i?.where}`)
};

const kk_change_lifted = /** @type {(inputs: Change_LiftedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`«Қызыл» деңгей алынды: ${i?.where}`)
};

/**
* | output |
* | --- |
* | "\"Red\" level lifted in {where}" |
*
* @param {Change_LiftedInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const change_lifted = /** @type {((inputs: Change_LiftedInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Change_LiftedInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_change_lifted(inputs)
	if (locale === "kk") return kk_change_lifted(inputs)
	return en_change_lifted(inputs)
});