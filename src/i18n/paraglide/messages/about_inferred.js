/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} About_InferredInputs */

const en_about_inferred = /** @type {(inputs: About_InferredInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Where the articles do not say on which day something began or ended, the atlas records an inference with its reasoning and draws it differently: pale regions, dashed borders, hollow points, and "inferred" in the panels. Where sources give different figures, they are shown side by side.`)
};

const ru_about_inferred = /** @type {(inputs: About_InferredInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Где статьи не говорят, в какой день что-то началось или закончилось, атлас записывает вывод с обоснованием и рисует его иначе: бледные регионы, пунктирные границы, полые кружки и пометка «вывод» в панелях. Где источники дают разные цифры, они показаны рядом.`)
};

const kk_about_inferred = /** @type {(inputs: About_InferredInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Мақалалар бірдеңенің қай күні басталғанын не аяқталғанын айтпаса, атлас тұжырымды негіздемесімен жазып, басқаша салады: бозғылт өңірлер, үзік шекаралар, қуыс шеңберлер және панельдерде «тұжырым» белгісі. Дереккөздер әртүрлі сан берсе, олар қатар көрсетіледі.`)
};

/**
* | output |
* | --- |
* | "Where the articles do not say on which day something began or ended, the atlas records an inference with its reasoning and draws it differently: pale regions..." |
*
* @param {About_InferredInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const about_inferred = /** @type {((inputs?: About_InferredInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<About_InferredInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_about_inferred(inputs)
	if (locale === "kk") return kk_about_inferred(inputs)
	return en_about_inferred(inputs)
});