/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ city: NonNullable<unknown> }} Details_City_PrecisionInputs */

const en_details_city_precision = /** @type {(inputs: Details_City_PrecisionInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`the articles place it only in ${i?.city}. Zoomed out it shares the city's point; zoomed in it sits on a ring around that point, and its spot on the ring means nothing.`)
};

const ru_details_city_precision = /** @type {(inputs: Details_City_PrecisionInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`статьи относят это место только к городу ${i?.city}. При малом масштабе оно делит точку с городом; при крупном — стоит на кольце вокруг неё, и положение на кольце ничего не значит.`)
};

const kk_details_city_precision = /** @type {(inputs: Details_City_PrecisionInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`мақалалар оны тек ${i?.city} қаласына жатқызады. Алыстан қарағанда ол қаланың нүктесімен бірге; жақындатқанда сол нүктенің айналасындағы шеңберде тұрады, шеңбердегі орнының мәні жоқ.`)
};

/**
* | output |
* | --- |
* | "the articles place it only in {city}. Zoomed out it shares the city's point; zoomed in it sits on a ring around that point, and its spot on the ring means no..." |
*
* @param {Details_City_PrecisionInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const details_city_precision = /** @type {((inputs: Details_City_PrecisionInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Details_City_PrecisionInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_details_city_precision(inputs)
	if (locale === "kk") return kk_details_city_precision(inputs)
	return en_details_city_precision(inputs)
});