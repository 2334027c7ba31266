/* eslint-disable */
import * as registry from '../registry.js'
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ count: NonNullable<unknown> }} N_More_RegionsInputs */

const en_n_more_regions = /** @type {(inputs: N_More_RegionsInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("en", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.count} more region`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`${i?.count} more regions`);
	return /** @type {LocalizedString} */ ("n_more_regions");
};

const ru_n_more_regions = /** @type {(inputs: N_More_RegionsInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("ru", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`ещё ${i?.count} регион`);
	if (countPlural === "few") return /** @type {LocalizedString} */ (`ещё ${i?.count} региона`);
	if (countPlural === "many") return /** @type {LocalizedString} */ (`ещё ${i?.count} регионов`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`ещё ${i?.count} региона`);
	return /** @type {LocalizedString} */ ("n_more_regions");
};

const kk_n_more_regions = /** @type {(inputs: N_More_RegionsInputs) => LocalizedString} */ (i) => {
	const countPlural = registry.plural("kk", i?.count, {});return /** @type {LocalizedString} */ (`тағы ${i?.count} өңір`)
};

/**
* | countPlural | output |
* | --- | --- |
* | "one" | "{count} more region" |
* | "other" | "{count} more regions" |
*
* @param {N_More_RegionsInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const n_more_regions = /** @type {((inputs: N_More_RegionsInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<N_More_RegionsInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_n_more_regions(inputs)
	if (locale === "kk") return kk_n_more_regions(inputs)
	return en_n_more_regions(inputs)
});