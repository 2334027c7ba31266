/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ start: NonNullable<unknown>, end: NonNullable<unknown> }} About_IntroInputs */

const en_about_intro = /** @type {(inputs: About_IntroInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The map shows, day by day from ${i?.start} to ${i?.end}, what five news articles report about the unrest in Kazakhstan and the state's response. Every event, status and figure cites the article sentence that states it.`)
};

const ru_about_intro = /** @type {(inputs: About_IntroInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Карта показывает по дням, с ${i?.start} по ${i?.end}, что пять новостных статей сообщают о беспорядках в Казахстане и ответе государства. Каждое событие, статус и цифра ссылается на предложение статьи, где это сказано.`)
};

const kk_about_intro = /** @type {(inputs: About_IntroInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Карта ${i?.start} – ${i?.end} аралығында күн сайын бес жаңалық мақаласының Қазақстандағы толқулар мен мемлекеттің жауабы туралы хабарын көрсетеді. Әр оқиға, мәртебе және сан оны айтқан мақала сөйлеміне сілтейді.`)
};

/**
* | output |
* | --- |
* | "The map shows, day by day from {start} to {end}, what five news articles report about the unrest in Kazakhstan and the state's response. Every event, status ..." |
*
* @param {About_IntroInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const about_intro = /** @type {((inputs: About_IntroInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<About_IntroInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_about_intro(inputs)
	if (locale === "kk") return kk_about_intro(inputs)
	return en_about_intro(inputs)
});