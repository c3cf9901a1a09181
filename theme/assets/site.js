// Progressive enhancement only: every page works without this file.
"use strict";

const NBSP = "\u00a0";

/** Lower case without accents or ligatures, as the generator's Slugs.Fold. */
const fold = (text) =>
  text.normalize("NFD").replace(/\p{Mn}/gu, "").toLowerCase().replace(/œ/g, "oe").replace(/æ/g, "ae");

/** The URL segment of a name, as the generator's Slugs.From. */
const slug = (text) => fold(text).replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");

/** Names and queries alike: no accents, case, hyphens or apostrophes; « saint », « sainte », « ste » are « st ». */
const searchable = (text) =>
  fold(text).replace(/[^a-z0-9]+/g, " ").trim()
    .replace(/\b(saint|sainte|ste)\b/g, "st");

const withoutArticle = (text) => text.replace(/^(le|la|les|l) /, "");

/** « à 8 km », « à moins d'1 km », rounded as the generator does. */
const distance = (km) => (km < 1 ? `à moins d'1${NBSP}km` : `à ${Math.round(km)}${NBSP}km`);

const haversineKm = (lat1, lon1, lat2, lon2) => {
  const rad = (d) => (d * Math.PI) / 180;
  const h = Math.sin(rad(lat2 - lat1) / 2) ** 2 + Math.cos(rad(lat1)) * Math.cos(rad(lat2)) * Math.sin(rad(lon2 - lon1) / 2) ** 2;
  return 2 * 6371.0088 * Math.asin(Math.min(1, Math.sqrt(h)));
};

/** The site's root path, read from a form the generator wrote (it carries any base path). */
const siteRoot = (form) => new URL(form.action, location.href).pathname.replace(/departements\/$/, "");

const fetched = new Map();
/** Text of a generated index file, fetched once; null when it does not exist. */
const fetchText = (url) => {
  if (!fetched.has(url)) {
    fetched.set(url, fetch(url).then((r) => (r.ok ? r.text() : null)).catch(() => null));
  }
  return fetched.get(url);
};

// ---------------------------------------------------------------- printing

const setUpPrinting = () => {
  for (const button of document.querySelectorAll("[data-print]")) {
    button.hidden = false;
    button.addEventListener("click", () => window.print());
  }
};

// ---------------------------------------------------------------- commune search (ARIA combobox)

const MAX_RESULTS = 10;
const MAX_SUGGESTIONS = 3;
const NATIONAL_MAP = "https://cartographie.societenumerique.gouv.fr/";

/** « @37|Indre-et-Loire » lines name departments; « code|name|postal codes » lines are communes. */
const parseCommunes = (text) => {
  const departments = new Map();
  const communes = [];
  for (const line of text.split("\n")) {
    if (!line) continue;
    const cells = line.split("|");
    if (line.startsWith("@")) departments.set(cells[0].slice(1), cells[1]);
    else {
      const key = searchable(cells[1]);
      communes.push({ code: cells[0], name: cells[1], postal: cells[2].split(" "), key, bare: withoutArticle(key) });
    }
  }
  for (const commune of communes) {
    const dep = commune.code.startsWith("97") ? commune.code.slice(0, 3) : commune.code.slice(0, 2);
    commune.department = departments.get(dep) ?? dep;
  }
  return communes;
};

/** « #l'Indre-et-Loire, … » names the site's departments; « @81|Tarn » a department; « Albi|81 » a commune outside the site. */
const parseOutside = (text) => {
  const departments = new Map();
  const names = [];
  let coverage = "";
  for (const line of text.split("\n")) {
    if (line.startsWith("#")) coverage = line.slice(1);
    else if (line.startsWith("@")) departments.set(line.slice(1, line.indexOf("|")), line.slice(line.indexOf("|") + 1));
    else if (line) {
      const [name, codes] = line.split("|");
      const key = searchable(name);
      names.push({ name, key, bare: withoutArticle(key), departments: codes.split(" ") });
    }
  }
  for (const n of names) n.departments = n.departments.map((code) => departments.get(code) ?? code);
  return { coverage, names };
};

/** Which piece of the index answers a query (« noms-s », « cp-37 »), or null while the query is too short. */
const indexPiece = (query) => {
  if (/^\d{2}/.test(query)) return `cp-${query.slice(0, 2)}`;
  const key = searchable(query);
  if (key.length < 2) return null;
  return /^[a-z]/.test(key) ? `noms-${key[0]}` : "noms-autres";
};

/**
 * Damerau-Levenshtein distance (optimal string alignment: a letter wrong, missing, added, or two
 * swapped each count one). With toPrefix, the distance to the closest beginning of b, so that a
 * name half typed with a typo is already found.
 */
let rows = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];
const editDistance = (a, b, toPrefix = false, limit = Infinity) => {
  // Three rows reused from call to call: a whole-France piece is some 5,000 names per keystroke.
  const n = b.length;
  if (rows[0].length <= n) rows = rows.map(() => new Int32Array(n + 1));
  let before = rows[0];
  let previous = rows[1];
  let row = rows[2];
  for (let j = 0; j <= n; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const ai = a.charCodeAt(i - 1);
    row[0] = i;
    let best = i;
    for (let j = 1; j <= n; j++) {
      const bj = b.charCodeAt(j - 1);
      let d = previous[j - 1] + (ai === bj ? 0 : 1);
      if (previous[j] + 1 < d) d = previous[j] + 1;
      if (row[j - 1] + 1 < d) d = row[j - 1] + 1;
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj && before[j - 2] + 1 < d) d = before[j - 2] + 1;
      row[j] = d;
      if (d < best) best = d;
    }
    // No later row can come back under its predecessor's minimum minus one: stop once over the limit.
    if (best > limit) return best;
    const spare = before;
    before = previous;
    previous = row;
    row = spare;
  }
  if (!toPrefix) return previous[n];
  let least = previous[0];
  for (let j = 1; j <= n; j++) if (previous[j] < least) least = previous[j];
  return least;
};

/** How many typos a query of that length may carry: none under 3 letters, one up to 4, two beyond. */
const tolerance = (q) => (q.length < 3 ? 0 : q.length <= 4 ? 1 : 2);

const byName = (a, b) => a.name.length - b.name.length || a.name.localeCompare(b.name, "fr");

/**
 * The communes a query names, best first: { communes, exact, fuzzy }. Exact names, then names
 * that begin with the query, then names with a word that does; when there are none, the names
 * within a typo or two (fuzzy).
 */
const findCommunes = (communes, query) => {
  if (/^\d+$/.test(query.trim())) {
    const digits = query.trim();
    const found = communes
      .filter((c) => c.postal.some((p) => p.startsWith(digits)) || c.code === digits)
      .sort((a, b) => a.name.localeCompare(b.name, "fr"))
      .slice(0, MAX_RESULTS);
    return { communes: found, exact: found.length === 1, fuzzy: false };
  }
  const q = searchable(query);
  const rank = (c) => (c.key === q || c.bare === q ? 0 : c.key.startsWith(q) || c.bare.startsWith(q) ? 1 : c.key.includes(` ${q}`) ? 2 : -1);
  const ranked = communes
    .map((c) => ({ c, r: rank(c) }))
    .filter((x) => x.r >= 0)
    .sort((a, b) => a.r - b.r || byName(a.c, b.c));
  if (ranked.length > 0) return { communes: ranked.slice(0, MAX_RESULTS).map((x) => x.c), exact: ranked[0].r === 0, fuzzy: false };
  return fuzzyAnswer(communes, q);
};

/** The names within the query's typo tolerance, closest first: exact when one stands out. */
const fuzzyAnswer = (communes, q) => {
  const near = closest(communes, q, tolerance(q)).filter((x) => x.d <= tolerance(q));
  return { communes: near.slice(0, MAX_RESULTS).map((x) => x.c), exact: near.length === 1 || (near.length > 1 && near[0].d < near[1].d), fuzzy: true };
};

/** A name's distance to the query (to the name or its beginning, with or without its article). */
const distanceTo = (c, q, limit = Infinity) => Math.min(editDistance(q, c.key, true, limit), c.bare === c.key ? Infinity : editDistance(q, c.bare, true, limit));

/** Every commune with its distance to the query (to the name or to its beginning; beyond limit, any more), closest first. */
const closest = (communes, q, limit = Infinity) =>
  communes
    .map((c) => ({ c, d: distanceTo(c, q, limit) }))
    .sort((a, b) => a.d - b.d || byName(a.c, b.c));

/**
 * The pieces where a name with a typo in its first letter is (see the generator's PairKeys):
 * « dorigny » may be « sorigny », under « suite-or »; « origny » too (first letter missing);
 * « osrigny » is under « noms-s » (first two letters swapped, or one letter too many before).
 */
const firstLetterPieces = (query) => {
  const q = searchable(query);
  const pairs = [q.slice(1, 3), q.slice(0, 2)].filter((p) => /^[a-z]{2}$/.test(p)).map((p) => `suite-${p}`);
  return [...new Set(/^[a-z]/.test(q[1] ?? "") ? [...pairs, `noms-${q[1]}`] : pairs)];
};

/** Names of the site within a typo or two whose first letter differs from the query's: { communes, exact, fuzzy }. */
const findWithFirstLetterTypo = (pieces, query) => {
  const seen = new Set();
  return fuzzyAnswer(pieces.flat().filter((c) => !seen.has(c.code) && seen.add(c.code)), searchable(query));
};

/**
 * The commune outside the site that the query names: exactly, or, when the site has no name as
 * close (siteDistance, Infinity when none), within a typo or two of its whole name. { commune, fuzzy } or null.
 */
const findOutside = (outside, query, siteDistance) => {
  if (!outside) return null;
  const q = searchable(query);
  const exact = outside.names.find((n) => n.key === q || n.bare === q);
  if (exact) return { commune: exact, fuzzy: false };
  const limit = tolerance(q);
  let best = null;
  for (const n of outside.names) {
    const d = Math.min(editDistance(q, n.key, false, limit), editDistance(q, n.bare, false, limit));
    if (d <= limit && d < siteDistance && (!best || d < best.d || (d === best.d && byName(n, best.n) < 0))) best = { n, d };
  }
  return best ? { commune: best.n, fuzzy: true } : null;
};

const parsed = new Map();
/** A piece read once per page, not at every keystroke (a whole-France piece is some 200 KB of text). */
const parsedOnce = (key, text, parse) => {
  if (!parsed.has(key)) parsed.set(key, parse(text));
  return parsed.get(key);
};

const setUpSearch = (form) => {
  const input = form.querySelector("input[type=search]");
  const list = form.querySelector("[role=listbox], .search-results");
  const status = form.querySelector("[data-search-status]");
  const message = form.querySelector("[data-search-message]");
  const root = siteRoot(form);
  const indexUrl = root + form.dataset.search.replace(/^\//, "");
  let results = [];
  let answer = { communes: [], exact: false, fuzzy: false };
  let active = -1;
  let latest = 0;

  // The field works only with the script: show it, and hide the link that replaced it.
  form.hidden = false;
  for (const fallback of form.parentElement.querySelectorAll("[data-search-fallback]")) fallback.hidden = true;
  input.setAttribute("role", "combobox");
  input.setAttribute("aria-autocomplete", "list");
  input.setAttribute("aria-expanded", "false");
  input.setAttribute("aria-controls", list.id);
  list.setAttribute("role", "listbox");
  list.setAttribute("aria-label", "Communes trouvées");

  const url = (c) => `${root}communes/${slug(c.name)}-${c.code.toLowerCase()}/`;

  const show = (options) => {
    results = options;
    active = -1;
    list.replaceChildren(
      ...options.map((c, i) => {
        const option = document.createElement("li");
        option.id = `${list.id}-${i}`;
        option.setAttribute("role", "option");
        option.setAttribute("aria-selected", "false");
        option.dataset.url = url(c);
        const name = document.createElement("strong");
        name.textContent = c.name;
        option.append(name, ` (${c.postal.join(", ")}), ${c.department}`);
        option.addEventListener("click", () => location.assign(option.dataset.url));
        return option;
      }),
    );
    const open = options.length > 0;
    list.hidden = !open;
    input.setAttribute("aria-expanded", String(open));
    input.removeAttribute("aria-activedescendant");
  };

  /** The visible message under the field (sentences, then links), announced by the live region. */
  const tell = (sentences, links = []) => {
    const parts = [];
    for (const sentence of sentences) {
      const p = document.createElement("p");
      p.append(...sentence);
      parts.push(p);
    }
    if (links.length > 0) {
      const ul = document.createElement("ul");
      for (const [text, href] of links) {
        const li = document.createElement("li");
        const a = document.createElement("a");
        a.href = href;
        a.textContent = text;
        li.append(a);
        ul.append(li);
      }
      parts.push(ul);
    }
    message.replaceChildren(...parts);
    message.hidden = parts.length === 0;
    status.textContent = parts.map((p) => p.textContent).join(" ");
  };

  const link = (text, href) => {
    const a = document.createElement("a");
    a.href = href;
    a.textContent = text;
    return a;
  };

  const departmentsLink = () => link("Trouver sa commune dans la liste par département", `${root}departements/`);

  const outsideSentences = (commune, coverage) => [
    [`${commune.name} (${commune.departments.slice(0, 3).join(", ")}${commune.departments.length > 3 ? "…" : ""}) n'est pas dans ce site, qui couvre ${coverage}.`],
    ["Pour cette commune, cherchez l'aide sur ", link("la carte nationale des lieux d'inclusion numérique", NATIONAL_MAP), "."],
  ];

  const choose = (index) => {
    const options = list.querySelectorAll("[role=option]");
    if (options.length === 0) return;
    active = (index + options.length) % options.length;
    options.forEach((o, i) => o.setAttribute("aria-selected", String(i === active)));
    input.setAttribute("aria-activedescendant", options[active].id);
    options[active].scrollIntoView({ block: "nearest" });
  };

  const update = async () => {
    const query = input.value;
    const piece = indexPiece(query);
    const ticket = ++latest;
    if (!piece) {
      answer = { communes: [], exact: false, fuzzy: false };
      show([]);
      tell([]);
      return;
    }
    const isName = piece.startsWith("noms-");
    const [text, outsideText] = await Promise.all([
      fetchText(`${indexUrl}${piece}.txt`),
      isName ? fetchText(`${indexUrl}${piece.replace("noms-", "hors-")}.txt`) : null,
    ]);
    if (ticket !== latest) return; // a newer keystroke has taken over
    const communes = text ? parsedOnce(piece, text, parseCommunes) : [];
    answer = findCommunes(communes, query);
    if (isName && answer.communes.length === 0 && tolerance(searchable(query)) > 0) {
      // Nothing close under the first letter typed: perhaps that letter is the typo.
      const names = firstLetterPieces(query);
      const texts = await Promise.all(names.map((name) => fetchText(`${indexUrl}${name}.txt`)));
      if (ticket !== latest) return;
      answer = findWithFirstLetterTypo(texts.map((t, i) => (t ? parsedOnce(names[i], t, parseCommunes) : [])), query);
    }
    const outside = outsideText ? parsedOnce(`hors:${piece}`, outsideText, parseOutside) : null;
    const siteDistance = answer.communes.length === 0 ? Infinity : answer.fuzzy ? distanceTo(answer.communes[0], searchable(query)) : 0;
    const elsewhere = answer.exact && !answer.fuzzy ? null : findOutside(outside, query, siteDistance);
    show(elsewhere ? [] : answer.communes);
    const typed = `« ${query.trim()} »`;
    const count = answer.communes.length;
    if (elsewhere) {
      const sentences = outsideSentences(elsewhere.commune, outside.coverage);
      tell(elsewhere.fuzzy ? [[`Aucune commune de ce site ne s'écrit ${typed}.`], ...sentences] : sentences);
    } else if (count > 0 && answer.fuzzy) {
      tell([[`Aucune commune ne s'écrit exactement ${typed}. ${count > 1 ? `${count} communes ont` : "Une commune a"} un nom proche : flèches haut et bas pour choisir, Entrée pour ouvrir.`]]);
    } else if (count > 0) {
      message.replaceChildren();
      message.hidden = true;
      status.textContent = `${count} commune${count > 1 ? "s" : ""} trouvée${count > 1 ? "s" : ""} : flèches haut et bas pour choisir, Entrée pour ouvrir.`;
    } else {
      const suggestions = isName ? closest(communes, searchable(query)).slice(0, MAX_SUGGESTIONS).map((x) => x.c) : [];
      tell(
        [
          [`Aucune commune ne correspond à ${typed}. ${isName ? "Vérifiez l'orthographe" : "Vérifiez le code postal"}, ou `, departmentsLink(), "."],
          ...(suggestions.length > 0 ? [["Les noms les plus proches dans ce site :"]] : []),
        ],
        suggestions.map((c) => [`${c.name} (${c.department})`, url(c)]),
      );
    }
  };

  input.addEventListener("input", update);
  input.addEventListener("keydown", (event) => {
    if (event.key === "ArrowDown") {
      event.preventDefault();
      if (list.hidden && results.length > 0) show(results);
      choose(active + 1);
    } else if (event.key === "ArrowUp") {
      event.preventDefault();
      choose(active - 1);
    } else if (event.key === "Escape") {
      if (!list.hidden) {
        event.preventDefault();
        list.hidden = true;
        input.setAttribute("aria-expanded", "false");
        input.removeAttribute("aria-activedescendant");
      }
    }
  });
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    if (active < 0) await update();
    if (active >= 0) location.assign(url(results[active]));
    // The best match when there is one; otherwise the list stays open to choose from.
    else if (results.length > 0 && (!answer.fuzzy || answer.exact)) location.assign(url(results[0]));
    else if (results.length > 0) {
      show(results);
      tell([[`Plusieurs communes ont un nom proche de « ${input.value.trim()} » : choisissez-la dans la liste, avec les flèches haut et bas puis Entrée.`]]);
    } else if (!input.value.trim()) tell([["Tapez le nom de votre commune ou son code postal, ou ", departmentsLink(), "."]]);
    else if (message.hidden) tell([["Tapez au moins deux lettres du nom de votre commune, ou ", departmentsLink(), "."]]);
  });
  input.addEventListener("blur", () => {
    // Leave time for a click on an option to land before the list goes.
    setTimeout(() => {
      if (document.activeElement !== input) {
        list.hidden = true;
        input.setAttribute("aria-expanded", "false");
      }
    }, 200);
  });
};

// ---------------------------------------------------------------- « ouvert maintenant »

/**
 * The place's days from the build's day, evaluated by the generator (HoursCode): { from, days, spans },
 * one character of `days` per day, the index of its spans; a span is [start, end] in minutes when open,
 * [start, end, comment] when unknown (« sur rendez-vous »). Null outside the days written.
 */
const DIGITS = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
const spansOn = (hours, y, m, d) => {
  const [fy, fm, fd] = hours.from.split("-").map(Number);
  const offset = Math.round((Date.UTC(y, m - 1, d) - Date.UTC(fy, fm - 1, fd)) / 86400000);
  if (offset < 0 || offset >= hours.days.length) return null;
  return hours.spans[DIGITS.indexOf(hours.days[offset])];
};

/** The visitor's date and time in the site's zone (statiq.json's, on the html element), whatever the device's own zone. */
const siteNow = () => {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-GB", { timeZone: document.documentElement.dataset.timeZone, year: "numeric", month: "numeric", day: "numeric", hour: "numeric", minute: "numeric", hourCycle: "h23" })
      .formatToParts(new Date())
      .map((p) => [p.type, p.value]),
  );
  return { y: +parts.year, m: +parts.month, d: +parts.day, minutes: +parts.hour * 60 + +parts.minute };
};

const clock = (minutes) => {
  if (minutes === 1440) return "minuit";
  const h = Math.floor(minutes / 60), m = minutes % 60;
  return m === 0 ? `${h}${NBSP}h` : `${h}${NBSP}h${NBSP}${String(m).padStart(2, "0")}`;
};

const WEEKDAYS = ["dimanche", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi"];

const isUnknown = (span) => span.length > 2;
const noteOf = (span) => span[2] || "horaires à confirmer, téléphonez avant de venir";
const capitalize = (text) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * « Ouvert maintenant, jusqu'à 18 h », « Fermé maintenant, ouvre mardi à 14 h », « Sur rendez-vous »
 * (an unknown span: its comment), or null when the days written do not reach today.
 */
const openingStatus = (hours, now = siteNow()) => {
  const today = spansOn(hours, now.y, now.m, now.d);
  if (today === null) return null;
  const current = today.find(([start, end]) => start <= now.minutes && now.minutes < end);
  if (current && isUnknown(current)) return { state: "unknown", text: capitalize(noteOf(current)) };
  if (current) {
    // An overnight span goes on after midnight: say when it really ends.
    const next = new Date(Date.UTC(now.y, now.m - 1, now.d + 1));
    const after = current[1] === 1440 ? (spansOn(hours, next.getUTCFullYear(), next.getUTCMonth() + 1, next.getUTCDate()) || [])[0] : undefined;
    const end = after && after[0] === 0 && !isUnknown(after) ? after[1] : current[1];
    return { state: "open", text: `Ouvert maintenant, jusqu'à ${clock(end)}` };
  }
  const coming = (span, when) => isUnknown(span)
    ? { state: "closed", text: `Fermé maintenant ; ${when} : ${noteOf(span)}` }
    : { state: "closed", text: `Fermé maintenant, ouvre ${when} à ${clock(span[0])}` };
  const later = today.find(([start]) => start > now.minutes);
  if (later) return coming(later, "aujourd'hui");
  for (let ahead = 1; ahead <= 7; ahead++) {
    const date = new Date(Date.UTC(now.y, now.m - 1, now.d + ahead));
    const spans = spansOn(hours, date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
    if (spans === null) return null;
    if (spans.length > 0) return coming(spans[0], ahead === 1 ? "demain" : WEEKDAYS[date.getUTCDay()]);
  }
  return { state: "closed", text: "Fermé en ce moment" };
};

const setUpOpenNow = () => {
  for (const element of document.querySelectorAll("[data-hours]")) {
    const status = openingStatus(JSON.parse(element.dataset.hours));
    if (status === null) continue;
    element.textContent = status.text;
    element.classList.add(`is-${status.state}`);
    element.hidden = false;
  }
};

// ---------------------------------------------------------------- « autour de moi »

const NEARBY_COUNT = 5;

const setUpNearby = (box) => {
  if (!("geolocation" in navigator)) return;
  const button = box.querySelector("[data-nearby-button]");
  const output = box.querySelector("[data-nearby-results]");
  const root = siteRoot(document.querySelector("form.commune-search"));
  const indexUrl = root + box.dataset.nearby.replace(/^\//, "");
  box.hidden = false;

  const say = (text) => {
    const p = document.createElement("p");
    p.textContent = text;
    output.replaceChildren(p);
  };

  const list = (title, items) => {
    const heading = document.createElement("h3");
    heading.textContent = title;
    const ul = document.createElement("ul");
    for (const item of items) {
      const li = document.createElement("li");
      const a = document.createElement("a");
      a.href = item.url;
      a.textContent = item.name;
      li.append(a, `${item.detail ? `, ${item.detail}` : ""} (${distance(item.km)})`);
      ul.append(li);
    }
    return [heading, ul];
  };

  const found = async ({ coords }) => {
    const { latitude, longitude } = coords;
    const existing = new Set(((await fetchText(`${indexUrl}carres.txt`)) ?? "").split("\n"));
    const squares = [];
    for (let dy = -1; dy <= 1; dy++) {
      for (let dx = -1; dx <= 1; dx++) squares.push(`${Math.floor(latitude) + dy}_${Math.floor(longitude) + dx}`);
    }
    const texts = await Promise.all(squares.filter((s) => existing.has(s)).map((s) => fetchText(`${indexUrl}${s}.txt`)));
    const communes = [];
    const places = [];
    for (const line of texts.filter(Boolean).join("\n").split("\n")) {
      const cells = line.split("|");
      if (cells.length < 5) continue;
      const km = haversineKm(latitude, longitude, +cells[1], +cells[2]);
      if (cells[0] === "c") communes.push({ km, name: cells[4], url: `${root}communes/${slug(cells[4])}-${cells[3].toLowerCase()}/` });
      else places.push({ km, name: cells[4], detail: cells[5], url: `${root}lieux/${cells[3]}/` });
    }
    const nearest = (items) => items.sort((a, b) => a.km - b.km).slice(0, NEARBY_COUNT);
    if (communes.length === 0 && places.length === 0) {
      say("Aucune commune ni aucun lieu de ce site n'est près de votre position. Cherchez votre commune par son nom ci-dessus.");
      return;
    }
    output.replaceChildren(
      ...(communes.length ? list("Les communes les plus proches", nearest(communes)) : []),
      ...(places.length ? list("Les lieux d'aide les plus proches", nearest(places)) : []),
    );
  };

  const failed = (error) => {
    say(error.code === error.PERMISSION_DENIED
      ? "Vous avez choisi de ne pas partager votre position : c'est bien noté. Tapez simplement le nom de votre commune ou son code postal ci-dessus."
      : "Votre position n'a pas pu être trouvée. Tapez le nom de votre commune ou son code postal ci-dessus.");
  };

  button.addEventListener("click", () => {
    say("Recherche de votre position…");
    navigator.geolocation.getCurrentPosition(found, failed, { timeout: 15000, maximumAge: 600000 });
  });
};

document.addEventListener("DOMContentLoaded", () => {
  setUpPrinting();
  for (const form of document.querySelectorAll("form[data-search]")) setUpSearch(form);
  setUpOpenNow();
  for (const box of document.querySelectorAll("[data-nearby]")) setUpNearby(box);
});

// ---------------------------------------------------------------- the map page (Leaflet from npm)

const MAP_LIST_MAX = 100;

const setUpMap = async (app) => {
  if (!window.L) return;
  const root = siteRoot(document.querySelector("form.commune-search"));
  const data = JSON.parse((await fetchText(root + app.dataset.map.replace(/^\//, ""))) ?? "null");
  if (!data) return;
  document.querySelector("[data-map-fallback]").hidden = true;
  app.hidden = false;

  const map = L.map("carte-interactive", { scrollWheelZoom: false });
  let tileErrors = 0;
  L.tileLayer(app.dataset.tiles, {
    maxZoom: 18,
    attribution: '© les contributeurs d\u2019<a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a>',
  })
    .on("tileerror", () => {
      if (++tileErrors === 3) app.querySelector("[data-map-tiles-failed]").hidden = false;
    })
    .addTo(map);

  const items = [
    ...data.lieux.map((x) => ({ ...x, kind: "lieu" })),
    ...data.passages.map((x) => ({ ...x, kind: "passage" })),
  ];
  const form = app.querySelector(".map-filters");
  const list = app.querySelector("[data-map-list]");
  const count = app.querySelector("[data-map-count]");
  const cluster = L.markerClusterGroup({ showCoverageOnHover: false, maxClusterRadius: 40 });
  map.addLayer(cluster);

  const shown = () => {
    const f = new FormData(form);
    const services = f.getAll("service").map(Number);
    return items.filter((x) =>
      (x.kind === "lieu" ? f.has("lieux") : f.has("passages")) &&
      (services.length === 0 || x.services.some((s) => services.includes(s))) &&
      (!f.has("gratuit") || x.gratuit) &&
      (!f.has("seniors") || x.seniors));
  };

  const drawList = () => {
    const bounds = map.getBounds();
    const visible = shown().filter((x) => bounds.contains([x.lat, x.lon]))
      .sort((a, b) => a.nom.localeCompare(b.nom, "fr"));
    const places = visible.filter((x) => x.kind === "lieu").length;
    const visits = visible.length - places;
    count.textContent = `${places} lieu${places > 1 ? "x" : ""} d'aide et ${visits} passage${visits > 1 ? "s" : ""} du bus dans la zone affichée`
      + (visible.length > MAP_LIST_MAX ? ` ; les ${MAP_LIST_MAX} premiers sont listés, rapprochez la carte pour voir les autres.` : ".");
    list.replaceChildren(...visible.slice(0, MAP_LIST_MAX).map((x) => {
      const li = document.createElement("li");
      const a = document.createElement("a");
      a.href = root + x.url.replace(/^\//, "");
      a.textContent = x.nom;
      li.append(x.kind === "passage" ? "Bus : " : "", a, `, ${x.commune}${x.telephone ? `, ${x.telephone}` : ""}`);
      return li;
    }));
  };

  const drawMarkers = () => {
    cluster.clearLayers();
    for (const x of shown()) {
      const marker = L.circleMarker([x.lat, x.lon], x.kind === "lieu"
        ? { radius: 9, color: "#0b3b6f", weight: 3, fillColor: "#ffffff", fillOpacity: 1 }
        : { radius: 9, color: "#7a3a00", weight: 3, fillColor: "#f6b26b", fillOpacity: 1 });
      const link = document.createElement("a");
      link.href = root + x.url.replace(/^\//, "");
      link.textContent = x.nom;
      const popup = document.createElement("p");
      popup.append(link, document.createElement("br"), x.commune);
      marker.bindPopup(popup);
      cluster.addLayer(marker);
    }
    drawList();
  };

  const all = items.map((x) => [x.lat, x.lon]);
  if (all.length > 0) map.fitBounds(all, { padding: [20, 20], maxZoom: 12 });
  else map.setView([46.6, 2.4], 6);
  map.on("moveend", drawList);
  form.addEventListener("change", drawMarkers);
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    drawMarkers();
  });
  drawMarkers();
};

document.addEventListener("DOMContentLoaded", () => {
  for (const app of document.querySelectorAll("[data-map]")) setUpMap(app);
});
