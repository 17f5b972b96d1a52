// rasd dashboard: hash routes over the REST API, no build step, nothing from a CDN.
//   #/?type=PROTEST&country=KAZ…   overview: search, filters, timeline, map, event table
//   #/article/<id>[?event=<id>]    article with highlights, its events and comments
//   #/entity/<kb_id>               an entity's mentions and events over time

import { getCached } from "./js/api.js";
import { renderArticle } from "./js/article.js";
import { h } from "./js/dom.js";
import { renderEntity } from "./js/entity.js";
import { currentLang, savedLang, setLang, t } from "./js/i18n.js";
import { parseState, renderOverview, stateHash } from "./js/overview.js";

const view = document.getElementById("view");
const errorBox = document.getElementById("error");
let generation = 0;

function showError(err) {
  const notFound = err && err.status === 404;
  errorBox.replaceChildren(h("b", null, `${t(notFound ? "notfound" : "error")}: `),
    String((err && err.message) || err));
  errorBox.hidden = false;
  console.error(err);
}

function navigate(state) {
  window.location.hash = stateHash(state);
}

function chrome() {
  document.getElementById("brand").textContent = t("app.brand");
  document.getElementById("tagline").textContent = t("app.tagline");
  document.getElementById("search-input").placeholder = t("search.placeholder");
  document.getElementById("search-button").textContent = t("search.button");
  document.getElementById("lang-switch").textContent = t("lang.switch");
}

async function route() {
  const mine = ++generation;
  const ctx = { navigate, isCurrent: () => mine === generation, fail: showError };
  errorBox.hidden = true;
  const hash = window.location.hash || "#/";
  const [path, query] = hash.slice(1).split("?", 2);
  const parts = path.split("/").filter(Boolean).map(decodeURIComponent);
  document.body.dataset.route = parts[0] || "overview";
  // "<lang> <hash>" once this route has drawn everything (tests and the bench wait on it).
  delete document.body.dataset.rendered;
  view.replaceChildren(h("p", { class: "loading" }, t("loading")));
  try {
    if (parts[0] === "article" && parts[1]) await renderArticle(view, parts[1], query, ctx);
    else if (parts[0] === "entity" && parts[1]) await renderEntity(view, parts[1], ctx);
    else {
      const state = parseState(query);
      document.getElementById("search-input").value = state.q || "";
      await renderOverview(view, state, ctx);
    }
  } catch (err) {
    if (ctx.isCurrent()) {
      view.replaceChildren();
      showError(err);
    }
  }
  if (ctx.isCurrent()) document.body.dataset.rendered = `${currentLang()} ${hash}`;
}

async function main() {
  // The figures every overview needs: asked for while the strings load.
  getCached("/stats").catch(() => null);
  await setLang(savedLang());
  chrome();
  document.getElementById("search-form").addEventListener("submit", (ev) => {
    ev.preventDefault();
    const q = document.getElementById("search-input").value.trim();
    const [, query] = (window.location.hash || "#/").slice(1).split("?", 2);
    const onOverview = !/^#\/(article|entity)\//.test(window.location.hash);
    navigate({ ...(onOverview ? parseState(query) : {}), q, page: "" });
  });
  document.getElementById("lang-switch").addEventListener("click", async () => {
    await setLang(currentLang() === "ar" ? "en" : "ar");
    chrome();
    await route();
  });
  window.addEventListener("hashchange", route);
  await route();
}

main().catch(showError);
