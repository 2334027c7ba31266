/* eslint-disable */
import * as registry from '../registry.js'
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ count: NonNullable<unknown> }} N_RegionsInputs */

const en_n_regions = /** @type {(inputs: N_RegionsInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("en", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.count} region`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`${i?.count} regions`);
	return /** @type {LocalizedString} */ ("n_regions");
};

const ru_n_regions = /** @type {(inputs: N_RegionsInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("ru", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.count} регион`);
	if (countPlural === "few") return /** @type {LocalizedString} */ (`${i?.count} региона`);
	if (countPlural === "many") return /** @type {LocalizedString} */ (`${i?.count} регионов`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`${i?.count} региона`);
	return /** @type {LocalizedString} */ ("n_regions");
};

const kk_n_regions = /** @type {(inputs: N_RegionsInputs) => LocalizedString} */ (i) => {
	const countPlural = registry.plural("kk", i?.count, {});return /** @type {LocalizedString} */ (`${i?.count} өңір`)
};

/**
* | countPlural | output |
* | --- | --- |
* | "one" | "{count} region" |
* | "other" | "{count} regions" |
*
* @param {N_RegionsInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const n_regions = /** @type {((inputs: N_RegionsInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<N_RegionsInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_n_regions(inputs)
	if (locale === "kk") return kk_n_regions(inputs)
	return en_n_regions(inputs)
});