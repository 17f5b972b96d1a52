// Interface strings (i18n/ar.json, i18n/en.json) and the direction they imply.

const LANGS = { ar: "rtl", en: "ltr" };
const STORAGE_KEY = "rasd.lang";
let lang = "ar";
let strings = {};

export function currentLang() {
  return lang;
}

export function isRtl() {
  return LANGS[lang] === "rtl";
}

export function savedLang() {
  try {
    const saved = window.localStorage.getItem(STORAGE_KEY);
    return saved in LANGS ? saved : "ar";
  } catch {
    return "ar"; // storage disabled: Arabic by default
  }
}

export async function setLang(next) {
  const code = next in LANGS ? next : "ar";
  const resp = await fetch(new URL(`../i18n/${code}.json`, import.meta.url));
  if (!resp.ok) throw new Error(`i18n ${code}: HTTP ${resp.status}`);
  strings = await resp.json();
  lang = code;
  document.documentElement.lang = code;
  document.documentElement.dir = LANGS[code];
  document.title = t("app.title");
  try {
    window.localStorage.setItem(STORAGE_KEY, code);
  } catch {
    // storage disabled: the choice lasts for this page only
  }
}

/** The string for key with {name} placeholders filled; the key itself when missing. */
export function t(key, vars) {
  const raw = Object.prototype.hasOwnProperty.call(strings, key) ? strings[key] : key;
  if (!vars) return raw;
  return raw.replace(/\{(\w+)\}/g, (m, name) => (name in vars ? String(vars[name]) : m));
}

/** Event type name in the current language (the PLOVER code when unknown). */
export function typeName(code) {
  const key = `type.${code}`;
  const name = t(key);
  return name === key ? String(code) : name;
}

// Western digits in both languages: dates and tolls read the same in either interface.
const numberFormat = new Intl.NumberFormat("en-US");
export function fmtNum(n) {
  return n === null || n === undefined ? "" : numberFormat.format(n);
}

/** A place's name in the interface language: the API gives `name` (English) and
 * `name_ar`; a rasd/1 place gives `text` (as written) and `name_en`. */
export function placeName(place) {
  if (!place) return null;
  const ar = place.name_ar || place.text || null;
  const en = place.name_en || place.name || null;
  return lang === "ar" ? ar || en : en || ar;
}

/** The arrow from an actor to whom it acts on, pointing the way the interface reads. */
export function arrow() {
  return isRtl() ? " ← " : " → ";
}
