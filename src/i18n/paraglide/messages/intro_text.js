/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Intro_TextInputs */

const en_intro_text = /** @type {(inputs: Intro_TextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`How protests over fuel prices spread from Zhanaozen and Aktau across Kazakhstan, and how the state answered, with every fact traced to a sentence of the articles.`)
};

const ru_intro_text = /** @type {(inputs: Intro_TextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Как протесты из-за цен на топливо распространились из Жанаозена и Актау по Казахстану и как ответило государство; каждый факт прослежен до предложения в статьях.`)
};

const kk_intro_text = /** @type {(inputs: Intro_TextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Жанаөзен мен Ақтаудағы жанармай бағасына қарсы наразылықтар Қазақстанға қалай тарады және мемлекет қалай жауап берді; әр дерек мақалалардағы сөйлемге дейін көрсетілген.`)
};

/**
* | output |
* | --- |
* | "How protests over fuel prices spread from Zhanaozen and Aktau across Kazakhstan, and how the state answered, with every fact traced to a sentence of the arti..." |
*
* @param {Intro_TextInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const intro_text = /** @type {((inputs?: Intro_TextInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Intro_TextInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_intro_text(inputs)
	if (locale === "kk") return kk_intro_text(inputs)
	return en_intro_text(inputs)
});