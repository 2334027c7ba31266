/* eslint-disable */
import * as registry from '../registry.js'
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ count: NonNullable<unknown> }} N_New_FiguresInputs */

const en_n_new_figures = /** @type {(inputs: N_New_FiguresInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("en", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.count} new figure`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`${i?.count} new figures`);
	return /** @type {LocalizedString} */ ("n_new_figures");
};

const ru_n_new_figures = /** @type {(inputs: N_New_FiguresInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("ru", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.count} новая цифра`);
	if (countPlural === "few") return /** @type {LocalizedString} */ (`${i?.count} новые цифры`);
	if (countPlural === "many") return /** @type {LocalizedString} */ (`${i?.count} новых цифр`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`${i?.count} новой цифры`);
	return /** @type {LocalizedString} */ ("n_new_figures");
};

const kk_n_new_figures = /** @type {(inputs: N_New_FiguresInputs) => LocalizedString} */ (i) => {
	const countPlural = registry.plural("kk", i?.count, {});return /** @type {LocalizedString} */ (`${i?.count} жаңа сан`)
};

/**
* | countPlural | output |
* | --- | --- |
* | "one" | "{count} new figure" |
* | "other" | "{count} new figures" |
*
* @param {N_New_FiguresInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const n_new_figures = /** @type {((inputs: N_New_FiguresInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<N_New_FiguresInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_n_new_figures(inputs)
	if (locale === "kk") return kk_n_new_figures(inputs)
	return en_n_new_figures(inputs)
});