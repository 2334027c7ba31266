/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Csto_DeployingInputs */

const en_csto_deploying = /** @type {(inputs: Csto_DeployingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`CSTO troops arriving`)
};

const ru_csto_deploying = /** @type {(inputs: Csto_DeployingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Войска ОДКБ прибывают`)
};

const kk_csto_deploying = /** @type {(inputs: Csto_DeployingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ҰҚШҰ әскерлері келіп жатыр`)
};

/**
* | output |
* | --- |
* | "CSTO troops arriving" |
*
* @param {Csto_DeployingInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const csto_deploying = /** @type {((inputs?: Csto_DeployingInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Csto_DeployingInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_csto_deploying(inputs)
	if (locale === "kk") return kk_csto_deploying(inputs)
	return en_csto_deploying(inputs)
});