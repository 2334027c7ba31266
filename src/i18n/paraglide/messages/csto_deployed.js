/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Csto_DeployedInputs */

const en_csto_deployed = /** @type {(inputs: Csto_DeployedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`CSTO troops deployed`)
};

const ru_csto_deployed = /** @type {(inputs: Csto_DeployedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Войска ОДКБ развёрнуты`)
};

const kk_csto_deployed = /** @type {(inputs: Csto_DeployedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ҰҚШҰ әскерлері орналасқан`)
};

/**
* | output |
* | --- |
* | "CSTO troops deployed" |
*
* @param {Csto_DeployedInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const csto_deployed = /** @type {((inputs?: Csto_DeployedInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Csto_DeployedInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_csto_deployed(inputs)
	if (locale === "kk") return kk_csto_deployed(inputs)
	return en_csto_deployed(inputs)
});