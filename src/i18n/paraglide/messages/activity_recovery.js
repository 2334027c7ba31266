/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Activity_RecoveryInputs */

const en_activity_recovery = /** @type {(inputs: Activity_RecoveryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Return to normal`)
};

const ru_activity_recovery = /** @type {(inputs: Activity_RecoveryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Возвращение к нормальной жизни`)
};

const kk_activity_recovery = /** @type {(inputs: Activity_RecoveryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Қалыпты өмірге оралу`)
};

/**
* | output |
* | --- |
* | "Return to normal" |
*
* @param {Activity_RecoveryInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const activity_recovery = /** @type {((inputs?: Activity_RecoveryInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Activity_RecoveryInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_activity_recovery(inputs)
	if (locale === "kk") return kk_activity_recovery(inputs)
	return en_activity_recovery(inputs)
});