// swift-format-ignore-file
// Written by scripts/embed-theme from themes/default/: do not edit by hand.

extension BuiltInTheme {
    static let files: [String: String] = [
        "assets/favicon.svg": ##"""
<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><circle cx="16" cy="16" r="14" fill="#1f5f8b"/><circle cx="16" cy="16" r="8" fill="none" stroke="#fff" stroke-width="3"/></svg>

"""##,
        "assets/search.js": ##"""
// The search page's script: reads search/index.json (written by `roundtable build`) and lists the
// pages that hold every word typed, best first: a word in a title counts most, then in a
// heading, a tag, a round, the summary, the text. No dependency, no server, no inline script.
(function () {
  "use strict";

  var root = document.getElementById("search");
  if (!root || !window.fetch || !String.prototype.normalize) return;
  var input = document.getElementById("search-query");
  var form = root.querySelector("form");
  var status = document.getElementById("search-status");
  var list = document.getElementById("search-results");
  var siteRoot = root.getAttribute("data-root") || "";
  var limit = 50;
  var weights = { title: 100, heading: 30, tag: 25, round: 20, summary: 15, text: 5, words: 3 };
  var pages = null;
  var kinds = {};
  var failed = false;

  root.hidden = false;
  document.getElementById("search-no-script").hidden = true;

  function text(name, values) {
    return (root.getAttribute("data-" + name) || "").replace(/\{(\w+)\}/g, function (_, key) {
      return key in values ? values[key] : "";
    });
  }

  // Lowercase without accents, with where each folded character came from, so that a match
  // in the folded text can be marked in the text as written.
  function fold(value) {
    var folded = "";
    var origin = [];
    var offset = 0;
    for (var character of value) {
      var plain = character.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
      for (var i = 0; i < plain.length; i++) origin.push(offset);
      folded += plain;
      offset += character.length;
    }
    origin.push(offset);
    return { text: folded, origin: origin };
  }

  function prepare(page) {
    var headings = (page.h || []).map(function (heading) {
      return { text: heading[0], id: heading[1], folded: fold(heading[0]).text };
    });
    return {
      url: siteRoot + page.u,
      kind: kinds[page.k] || "",
      title: page.t,
      summary: page.s || "",
      opening: page.x || "",
      headings: headings,
      fields: {
        title: fold(page.t).text,
        tag: fold((page.g || []).join(" ")).text,
        round: fold((page.r || []).join(" ")).text,
        summary: fold(page.s || "").text,
        text: fold(page.x || "").text,
        words: fold(page.w || "").text,
      },
    };
  }

  function terms(query) {
    return fold(query).text.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  }

  function escapeRegExp(term) {
    return term.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  }

  // A term matches where a word starts with it.
  function patterns(words) {
    return words.map(function (term) {
      return new RegExp("(^|[^\\p{L}\\p{N}])" + escapeRegExp(term), "u");
    });
  }

  function score(page, matchers, phrase) {
    var total = 0;
    var heading = null;
    for (var matcher of matchers) {
      var best = 0;
      for (var field in weights) {
        if (field === "heading") {
          for (var candidate of page.headings) {
            if (weights.heading > best && matcher.test(candidate.folded)) {
              best = weights.heading;
              heading = heading || candidate;
            }
          }
        } else if (weights[field] > best && matcher.test(page.fields[field])) {
          best = weights[field];
        }
      }
      if (best === 0) return null;
      total += best;
    }
    if (page.fields.title.indexOf(phrase) === 0) total += 50;
    return { page: page, score: total, heading: heading };
  }

  // Appends `value` to `element`, the words that start with a term marked.
  function appendMarked(element, value, words) {
    var folded = fold(value);
    var ranges = [];
    for (var term of words) {
      var pattern = new RegExp("(^|[^\\p{L}\\p{N}])(" + escapeRegExp(term) + ")", "gu");
      var match;
      while ((match = pattern.exec(folded.text))) {
        var start = match.index + match[1].length;
        ranges.push([folded.origin[start], folded.origin[start + term.length]]);
      }
    }
    ranges.sort(function (a, b) { return a[0] - b[0]; });
    var position = 0;
    for (var range of ranges) {
      if (range[0] < position) continue;
      element.append(value.slice(position, range[0]));
      var mark = document.createElement("mark");
      mark.textContent = value.slice(range[0], range[1]);
      element.append(mark);
      position = range[1];
    }
    element.append(value.slice(position));
  }

  // About 160 characters of the opening text around the first match, else the summary.
  function snippet(page, matchers) {
    for (var matcher of matchers) {
      var match = matcher.exec(page.fields.text);
      if (!match) continue;
      var at = fold(page.opening).origin[match.index + match[1].length];
      var start = Math.max(0, page.opening.lastIndexOf(" ", Math.max(0, at - 60)));
      var end = page.opening.indexOf(" ", Math.min(page.opening.length, start + 160));
      var cut = page.opening.slice(start, end < 0 ? undefined : end).trim();
      return (start > 0 ? "… " : "") + cut + (end < 0 ? "" : " …");
    }
    return page.summary;
  }

  function show(query) {
    list.textContent = "";
    var words = terms(query);
    if (words.length === 0) {
      status.textContent = failed ? text("failed", {}) : "";
      return;
    }
    if (failed) {
      status.textContent = text("failed", {});
      return;
    }
    if (!pages) {
      status.textContent = text("loading", {});
      return;
    }
    var matchers = patterns(words);
    var phrase = words.join(" ");
    var found = [];
    for (var page of pages) {
      var result = score(page, matchers, phrase);
      if (result) found.push(result);
    }
    found.sort(function (a, b) {
      return b.score - a.score || a.page.title.localeCompare(b.page.title);
    });
    var shown = query.trim();
    var message =
      found.length === 0 ? text("no-results", { query: shown })
        : found.length === 1 ? text("one-result", { query: shown })
        : text("results", { count: found.length.toLocaleString(), query: shown });
    if (found.length > limit) message += " " + text("more", { count: limit });
    status.textContent = message;
    for (var item of found.slice(0, limit)) {
      var entry = document.createElement("li");
      var link = document.createElement("a");
      link.href = item.page.url + (item.heading && !matchers.some(function (m) { return m.test(item.page.fields.title); })
        ? "#" + item.heading.id : "");
      appendMarked(link, item.page.title, words);
      var heading = document.createElement("span");
      heading.className = "kind";
      heading.textContent = item.page.kind;
      var title = document.createElement("p");
      title.className = "result-title";
      title.append(link, " ", heading);
      entry.append(title);
      if (item.heading) {
        var section = document.createElement("p");
        section.className = "result-section";
        appendMarked(section, item.heading.text, words);
        entry.append(section);
      }
      var excerpt = snippet(item.page, matchers);
      if (excerpt) {
        var paragraph = document.createElement("p");
        appendMarked(paragraph, excerpt, words);
        entry.append(paragraph);
      }
      list.append(entry);
    }
  }

  var pending = 0;
  function update() {
    clearTimeout(pending);
    pending = setTimeout(function () {
      show(input.value);
      var address = new URL(location.href);
      if (input.value) address.searchParams.set("q", input.value);
      else address.searchParams.delete("q");
      history.replaceState(null, "", address);
    }, 60);
  }

  function links() {
    return Array.prototype.slice.call(list.querySelectorAll("a"));
  }

  input.addEventListener("input", update);
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var first = links()[0];
    if (first) first.click();
  });
  root.addEventListener("keydown", function (event) {
    var all = links();
    var at = all.indexOf(document.activeElement);
    if (event.key === "ArrowDown" && at < all.length - 1) {
      all[at + 1].focus();
    } else if (event.key === "ArrowUp" && at >= 0) {
      (at === 0 ? input : all[at - 1]).focus();
    } else if (event.key === "Escape" && at >= 0) {
      input.focus();
    } else {
      return;
    }
    event.preventDefault();
  });

  var query = new URL(location.href).searchParams.get("q");
  if (query) input.value = query;
  fetch(new URL(root.getAttribute("data-index"), location.href))
    .then(function (response) {
      if (!response.ok) throw new Error(response.statusText);
      return response.json();
    })
    .then(function (index) {
      kinds = index.kinds || {};
      pages = index.pages.map(prepare);
      show(input.value);
    })
    .catch(function () {
      failed = true;
      show(input.value);
    });
})();

"""##,
        "assets/style.css": #"""
/* Roundtable default theme: readable on a phone, comfortable on a desktop, light and dark. */
:root {
  --text: #1d2430;
  --muted: #5a6475;
  --background: #fdfcf9;
  --surface: #f2efe8;
  --border: #d9d4c7;
  --accent: #0b5cad;
  --accent-visited: #6a3fa0;
  --measure: 42rem;
  /* Charts: every colour they use, so a theme restyles them here. */
  --chart-bar: #2f6fad;
  --chart-grid: #e3ded2;
  --chart-heat: #0b4f94;
  --chart-hatch: #b9b2a2;
  --chart-applications: #8a5a00;
  --chart-matching: #7a4ea3;
  --chart-run: #2f6fad;
}

@media (prefers-color-scheme: dark) {
  :root {
    --text: #e6e9ef;
    --muted: #a7b0bf;
    --background: #14181f;
    --surface: #1e242e;
    --border: #343c4a;
    --accent: #7cb7ff;
    --accent-visited: #c5a3ff;
    --chart-bar: #6fa8e6;
    --chart-grid: #2c3340;
    --chart-heat: #8cc0ff;
    --chart-hatch: #5b6576;
    --chart-applications: #e0b25c;
    --chart-matching: #c49be8;
    --chart-run: #6fa8e6;
  }
}

*, *::before, *::after { box-sizing: border-box; }

html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }

body {
  margin: 0;
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif;
  font-size: 1.0625rem;
  line-height: 1.6;
  color: var(--text);
  background: var(--background);
  /* Keep the footer at the bottom of short pages. */
  display: flex;
  flex-direction: column;
  min-height: 100vh;
}

a { color: var(--accent); }
a:visited { color: var(--accent-visited); }
/* Links, and scrollable table wrappers (keyboard-focusable in Chromium). */
:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }

.skip-link { position: absolute; left: -999px; }
.skip-link:focus { left: 1rem; top: 1rem; background: var(--background); padding: 0.5rem; z-index: 1; }

.site-header, .site-footer { padding: 1rem clamp(1rem, 4vw, 3rem); background: var(--surface); }
.site-header { display: flex; flex-wrap: wrap; gap: 0.5rem 2rem; align-items: baseline; border-bottom: 1px solid var(--border); }
.site-title { font-weight: 700; font-size: 1.2rem; text-decoration: none; color: var(--text); }
.site-title:visited { color: var(--text); }
.site-header ul, .site-footer ul, ul.inline { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: 0.5rem 1.25rem; }
.site-header li a { display: inline-block; padding: 0.15rem 0; }
.site-header a[aria-current="page"] { font-weight: 700; text-decoration: underline double; }
.site-footer { border-top: 1px solid var(--border); margin-top: 3rem; color: var(--muted); font-size: 0.95rem; }

.layout { flex: 1 0 auto; width: 100%; max-width: 72rem; margin: 0 auto; padding: 1rem clamp(1rem, 4vw, 3rem); }
.layout.with-sidebar { display: grid; grid-template-columns: 1fr; gap: 2rem; }
@media (min-width: 60rem) {
  .layout.with-sidebar { grid-template-columns: 16rem minmax(0, 1fr); }
  .layout.with-sidebar main { grid-column: 2; grid-row: 1; }
  .layout.with-sidebar .sidebar { grid-column: 1; grid-row: 1; }
  .sidebar { position: sticky; top: 1rem; align-self: start; max-height: calc(100vh - 2rem); overflow: auto; }
}
main { max-width: var(--measure); min-width: 0; overflow-wrap: break-word; }
.layout:not(.with-sidebar) main { margin: 0 auto; }

h1, h2, h3 { line-height: 1.25; }
h1 { font-size: clamp(1.8rem, 5vw, 2.5rem); margin: 1rem 0 0.5rem; }
h2 { margin-top: 2.2rem; }
h3 { margin-top: 1.75rem; }
main li + li { margin-top: 0.35rem; }
ul.inline > li, .cards > li, .figures > li { margin-top: 0; }
[id] { scroll-margin-top: 1rem; }
.lead { font-size: 1.15rem; color: var(--muted); }
.eyebrow { text-transform: uppercase; letter-spacing: 0.08em; font-size: 0.8rem; color: var(--muted); margin: 0; }
blockquote { margin: 1.5rem 0; padding: 0.25rem 1rem; border-left: 4px solid var(--border); color: var(--muted); }
pre { overflow-x: auto; padding: 1rem; background: var(--surface); border-radius: 6px; }
code { font-size: 0.92em; }
img { max-width: 100%; height: auto; }

.hero p { font-size: 1.1rem; }
.figures { list-style: none; padding: 0; display: grid; grid-template-columns: repeat(auto-fit, minmax(11rem, 1fr)); gap: 1rem; }
.figures li { background: var(--surface); border-radius: 8px; padding: 0.75rem 1rem; line-height: 1.4; }
.figures strong { display: block; font-size: 2rem; line-height: 1.2; }

.cards { list-style: none; padding: 0; display: grid; grid-template-columns: repeat(auto-fill, minmax(16rem, 1fr)); gap: 1rem; }
.card { border: 1px solid var(--border); border-radius: 8px; padding: 0.25rem 1rem 1rem; background: var(--background); }
.card h3 { font-size: 1.1rem; margin-top: 1rem; }
.meta { color: var(--muted); font-size: 0.9rem; margin-bottom: 0.25rem; }
.card ul.inline { font-size: 0.9rem; }

.status { display: inline-block; padding: 0.1rem 0.6rem; border-radius: 999px; background: var(--surface); border: 1px solid var(--border); font-size: 0.85rem; text-transform: capitalize; }
.unknown { color: var(--muted); font-style: italic; }

.facts { display: grid; grid-template-columns: max-content 1fr; gap: 0.25rem 1.5rem; }
.facts dt { font-weight: 600; }
.facts dd { margin: 0; }

/* A table wider than the screen scrolls in its wrapper: shadows at an edge with more beyond
   it (the backgrounds scroll with the content, the shadows do not), the row headers stay in
   view, and the wrapper takes the keyboard's focus so that arrow keys scroll it. */
.table-wrap {
  overflow-x: auto; margin: 1rem 0;
  background:
    linear-gradient(to left, var(--background) 40%, transparent) right / 2.5rem 100% no-repeat local,
    radial-gradient(farthest-side at 100% 50%, rgb(0 0 0 / 0.28), transparent) right / 0.9rem 100% no-repeat scroll;
}
.table-wrap:focus-visible { outline: 2px solid var(--accent); outline-offset: 2px; }
.table-wrap tbody th:first-child, .table-wrap thead th:first-child { position: sticky; left: 0; background: var(--background); }
/* Each heading of a body links to itself: shown on hover and on focus, faintly where nothing hovers. */
.heading-link { margin-left: 0.3em; color: var(--muted); text-decoration: none; opacity: 0; }
h2:hover .heading-link, h3:hover .heading-link, h4:hover .heading-link, .heading-link:focus-visible { opacity: 1; }
@media (hover: none) { .heading-link { opacity: 0.5; } }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
.apply { margin: 1rem 0; }
.apply .button { display: inline-block; padding: 0.5rem 1rem; border-radius: 6px; background: var(--accent); color: var(--background); font-weight: 600; text-decoration: none; }
.apply .button:hover, .apply .button:focus-visible { text-decoration: underline; }
details.long-table > summary { cursor: pointer; color: var(--accent); margin: 0.5rem 0; }
table { border-collapse: collapse; width: 100%; font-size: 0.95rem; }
/* The caption stays in view, and wraps, while a wide table scrolls. */
caption { text-align: left; color: var(--muted); padding-bottom: 0.5rem; max-width: calc(100vw - 2rem); position: sticky; left: 0; }
td time, tbody th { white-space: nowrap; }
th { font-weight: 600; }
thead th { border-bottom: 2px solid var(--border); vertical-align: bottom; }
th, td { text-align: left; padding: 0.4rem 0.5rem; border-bottom: 1px solid var(--border); vertical-align: top; }
.number { text-align: right; font-variant-numeric: tabular-nums; }

.toc { background: var(--surface); border-radius: 8px; padding: 0.5rem 1rem; margin: 1.5rem 0; }
.toc h2 { font-size: 1rem; margin: 0.5rem 0; }
.toc ol { margin: 0; padding-left: 1.25rem; }

.sidebar { background: var(--surface); border-radius: 8px; padding: 0.25rem 1rem 0.75rem; }
.sidebar h2 { font-size: 1rem; margin-top: 0.75rem; }
.sidebar h3 { font-size: 0.9rem; margin: 0.75rem 0 0.25rem; }
/* Room for two-digit markers: overflow:auto would clip them. */
.sidebar ol { padding-left: 2rem; margin: 0; }
.sidebar li { margin: 0.3rem 0; }
.sidebar a[aria-current="page"] { font-weight: 700; }
.chapters li { margin: 0.6rem 0; }
.chapters span { display: block; color: var(--muted); font-size: 0.95rem; }

.prev-next { display: flex; justify-content: space-between; gap: 1rem; margin-top: 3rem; flex-wrap: wrap; }
.prev-next a { display: block; max-width: 48%; }
.prev-next .next { margin-left: auto; text-align: right; }
.prev-next span { display: block; font-size: 0.8rem; color: var(--muted); text-transform: uppercase; letter-spacing: 0.06em; }
.licence, .edit-link, .updated { color: var(--muted); font-size: 0.95rem; }

/* On wide screens, a table may grow beyond the reading measure to the right, its left edge on
   the text's: the 42rem column is centred, so its left edge is 21rem before the middle. */
@media (min-width: 64rem) {
  .layout:not(.with-sidebar) .table-wrap { width: max-content; min-width: 100%; max-width: min(64rem, 50vw + 18rem); }
}

@media (max-width: 30rem) {
  .prev-next a { max-width: 100%; }
  .facts { grid-template-columns: 1fr; }
  .facts dd { margin-bottom: 0.5rem; }
}

/* Pair statistics */
.notice { border-left: 0.25rem solid var(--accent); padding: 0.5rem 1rem; background: var(--surface); }
.disclosure { color: var(--muted); font-size: 0.95em; }
.hidden-count { color: var(--muted); font-style: italic; }

/* Charts: inline SVG drawn by the build; the table beside each holds the same numbers. */
.charts { display: grid; gap: 0 2rem; }
@media (min-width: 64rem) { .charts { grid-template-columns: repeat(2, minmax(0, 1fr)); } }
figure.chart { margin: 1rem 0 1.5rem; break-inside: avoid; }
figure.chart figcaption { font-weight: 600; font-size: 0.95rem; margin-bottom: 0.25rem; }
svg.chart { display: block; width: 100%; max-width: 30rem; height: auto; overflow: visible; }
svg.chart text { font-family: inherit; font-size: 12px; fill: var(--text); }
svg.chart .axis text, svg.chart text.small { font-size: 10px; fill: var(--muted); }
svg.chart .grid line, svg.chart .axis line { stroke: var(--chart-grid); stroke-width: 1; }
svg.chart .bar { fill: var(--chart-bar); }
svg.chart .row-withheld text.value, svg.chart .row-unknown text.value, svg.chart text.unknown,
svg.chart text.withheld { fill: var(--muted); font-style: italic; }
svg.chart .cell:not(.withheld) { fill: var(--chart-heat); }
svg.chart .cell.empty { fill: none; stroke: var(--chart-grid); }
svg.chart .hatch-ground { fill: var(--background); }
svg.chart .hatch-line { stroke: var(--chart-hatch); stroke-width: 2; }
svg.heat-map text.value { font-size: 11px; }
svg.chart .chip { fill: var(--background); fill-opacity: 0.85; }
svg.chart .phase.applications { fill: var(--chart-applications); }
svg.chart .phase.matching { fill: var(--chart-matching); }
svg.chart .phase.run, svg.chart .release { fill: var(--chart-run); }
svg.chart .phase.uncertain { fill-opacity: 0.25; }
table.statistics tr.region th, table.statistics tr.region td { font-weight: 600; border-top: 2px solid var(--border); }
table.statistics th.country { font-weight: normal; padding-left: 1.5rem; }
table.statistics th.other { font-style: italic; }
.figure-note { color: var(--muted); font-size: 0.85em; white-space: nowrap; }

/* Print: the text and its tables on white, without the site's navigation; an address after
   each link to another site, since paper cannot follow it; no page break inside a table row, a
   figure or a code block, nor straight after a heading. */
/* Pages to print: each guide or chapter starts on a new sheet. */
.print-part { border-top: 1px solid var(--border); margin-top: 3rem; }
.print-part h2 a { color: inherit; text-decoration: none; }

/* The search page: its form and results appear only when the script runs. */
.search-form label { display: block; font-weight: 600; margin-bottom: 0.25rem; }
.search-form input {
  width: 100%; max-width: var(--measure); font: inherit; padding: 0.5rem 0.75rem;
  color: var(--text); background: var(--background); border: 2px solid var(--muted); border-radius: 6px;
}
.search-form .hint, .search-status { color: var(--muted); font-size: 0.95rem; }
.search-results { list-style: none; padding: 0; max-width: var(--measure); }
.search-results li { padding: 0.75rem 0; border-bottom: 1px solid var(--border); }
.search-results p { margin: 0.25rem 0; }
.search-results .result-title { font-size: 1.1rem; font-weight: 600; }
.search-results .kind, .search-results .result-section { color: var(--muted); font-size: 0.9rem; font-weight: normal; }
mark { background: #ffe58a; color: #1d2430; border-radius: 2px; }

@media print {
  :root { --text: #000; --muted: #333; --background: #fff; --surface: #fff; --border: #888; --accent: #000; --accent-visited: #000; }
  body { display: block; font-size: 11pt; line-height: 1.45; }
  .skip-link, .heading-link, .site-header ul, .site-header nav, .site-footer, .sidebar, .prev-next, .edit-link, .toc, .calendar-link, .apply, .print-link, .print-hint { display: none; }
  .site-header { padding: 0 0 0.5rem; }
  .layout, .layout.with-sidebar { display: block; max-width: none; padding: 0; }
  main, .layout:not(.with-sidebar) main { max-width: none; margin: 0; }
  a { color: inherit; }
  main a[href^="http"]::after { content: " (" attr(href) ")"; font-size: 0.85em; overflow-wrap: anywhere; }
  .notice, .status, pre, code { background: none; }
  .table-wrap, .layout:not(.with-sidebar) .table-wrap { overflow: visible; background: none; width: auto; max-width: none; }
  .table-wrap thead th:first-child, .table-wrap tbody th:first-child { position: static; }
  h1, h2, h3, h4 { break-after: avoid; }
  .print-part { break-before: page; border-top: none; margin-top: 0; }
  .printable .toc { display: block; }
  tr, figure, pre, blockquote, .facts { break-inside: avoid; }
}

"""#,
        "strings/en.yaml": #"""
# The words of the default theme in English. Every other language falls back to this file, so
# it must hold every key. `{name}` is a placeholder: in a template it is the value `name` of the
# page (as `{{name}}` would be); where the generator uses a string, see docs/themes.md.
# Strings that templates use are inserted as written and may contain HTML.

site:
  skip_link: Skip to content
  main_menu: Main
  built_with: Built with Roundtable.
  document_title: "{page} · {site}"
  suggest_change: Suggest a change to this page
  on_this_page: On this page
  heading_link: Link to this section
  last_updated: "Last updated:"
  previous_and_next: Previous and next
  previous: Previous
  next: Next

menu:
  rounds: Rounds
  topics: Topic guides
  handbook: Handbook
  search: Search

# The pages made to be printed: a round's pack and the whole handbook.
print:
  pack_title: "{round}: the topic guides"
  pack_description: "{round}: its dates and every topic guide of its schedule, on one page to print."
  pack_link: Every guide of this round on one page, to print
  handbook_title: "The {site} handbook"
  handbook_link: The whole handbook on one page, to print
  hint: Print this page, or save it as a PDF, from your browser’s Print command.
  contents: Contents
  week: "Week {week}"

# The search page. The script reads the plain-text strings from the page: {count} and {query}
# are filled in there.
search:
  title: Search
  description: "Search the topic guides, the handbook and the rounds of {site}."
  label: Search the site
  needs_script: "Searching needs JavaScript, which is turned off or did not load. Browse the site instead:"
  hint: Results appear as you type. Use the arrow keys to move through them.
  loading: Loading the index…
  failed: The search index could not be loaded.
  no_results: "Nothing found for “{query}”."
  one_result: "1 result for “{query}”."
  results: "{count} results for “{query}”."
  more: "Showing the first {count}."
  kind:
    topic: Topic guide
    chapter: Handbook chapter
    page: Page
    round: Round

home:
  in_figures: In figures
  current_round: Current round
  next_round: Next round
  latest_round: Latest round
  participants_from: "{participants.text} participants from {countries.text} countries."
  participants_unpublished: Participant figures for this round were not published.
  participants_later: Participant figures come once the round has begun.
  latest_topics: Latest topic guides
  all_topics: All topic guides
  round: round
  rounds: rounds
  participations: participations
  participations_in_some: "participations in the {count} rounds with published figures"
  countries_in_largest: countries in the largest round

not_found:
  title: Page not found
  description: This page does not exist.
  no_page: There is no page at this address.
  try_everything: >-
    Try the <a href="{homeURL}">home page</a>, the <a href="{root}topics/">topic guides</a>
    or the <a href="{root}process/">process handbook</a>.
  try_home: Try the <a href="{homeURL}">home page</a>.

redirect:
  # Plain text before the link on a moved page's old address (aliases: in front matter).
  moved: "This page has moved to"

process:
  title: Process handbook
  description: "The {site} process handbook."
  chapters: Handbook chapters
  chapter_number: "Chapter {number}"
  part_chapter_number: "{part} · Chapter {number}"

licence:
  # The licence's name links to its deed; one of the terms sentences below follows it, or
  # none for a licence Roundtable does not know.
  published: 'This handbook is published under the <a rel="license" href="{url}">{name}</a> licence.'
  chapter_published: 'This chapter is published under the <a rel="license" href="{url}">{name}</a> licence.'
  terms_by: You may share and adapt it for any purpose, with credit.
  terms_by_sa: You may share and adapt it for any purpose, with credit, if you share what you make from it under the same licence.
  terms_by_nc: You may share and adapt it, with credit, but not for commercial purposes.
  terms_by_nc_sa: You may share and adapt it, with credit, but not for commercial purposes, and only under the same licence.
  terms_by_nd: You may share it for any purpose, with credit, but not share changed versions.
  terms_by_nc_nd: You may share it, with credit, but not for commercial purposes and not in changed versions.
  terms_zero: It is dedicated to the public domain; you may use it for anything, without asking and without credit.

topics:
  title: Topic guides
  description: Discussion-topic guides for pairs, grouped by theme, with the rounds each was used in.
  themes: Themes
  untagged: Other guides
  in_order: The guides in reading order
  used_in: "Used in:"
  released_in: Released in
  release: '<a href="{url}">{round}</a>, week {week}'
  date_unknown: date unknown
  not_scheduled: Not yet scheduled in a round.

rounds:
  title: Rounds
  description: "Every round of {site}: dates, participants and countries."
  round_description: "{round}: dates, participants, countries and the topic schedule."
  caption: Every round, newest first. Figures as published; “unknown” where none were.
  round: Round
  status: Status
  applications_open: Applications open
  applications_close: Applications close
  round_starts: Round starts
  round_ends: Round ends
  starts: Starts
  ends: Ends
  participants: Participants
  countries: Countries
  pairs: Pairs
  topics: Topics
  dates: Dates
  figures: Figures
  program_figures: >-
    These are the program’s own figures, as it published them. The statistics about the pairs
    below are counted from the pair file, and give {participants} participants, {pairs} pairs and
    {countries} countries.
  program_figures_sample: >-
    These are the program’s own figures, as it published them. The statistics about the pairs
    below are counted from the pair file, which holds sample data, and give {participants} participants,
    {pairs} pairs and {countries} countries.
  sources: Sources for these figures
  schedule: Topic schedule
  add_to_calendar: Add these dates to your calendar
  apply: Apply to take part
  apply_until: "Applications close on {applicationsClose.text}."
  calendar_hint: (an iCalendar file; subscribe to its address to keep it up to date)
  week: Week
  released: Released
  topic_guide: Topic guide

status:
  upcoming: upcoming
  recruiting: recruiting
  matching: matching
  active: active
  closed: closed

comparison:
  heading: The pairs, round by round
  sample_notice: >-
    <strong>Sample data.</strong> Rounds marked * have synthetic pair files made by
    <code>roundtable pairs sample</code>; their figures are not the program’s pairs.
  caption: >-
    From each round’s pair file. Counts below {threshold} are never shown; a percentage is shown only
    where both counts behind it are.
  across_sectors: Across sectors
  across_stages: Across career stages
  completed: Completed
  satisfied: Rated 4–5 of 5
  answered: n =
  channels_caption: "How pairs kept in touch: the share of pairs that used each channel."

statistics:
  heading: The pairs
  sample_notice: >-
    <strong>Sample data.</strong> These figures come from a synthetic pair file made by
    <code>roundtable pairs sample</code> to show what this page looks like. They are not the program’s pairs.
  disclosure: >-
    No figure here points to a person: counts from 1 to {largestHidden} are withheld, and so are some larger
    counts, so that no small count can be worked out from the others; every withheld count reads the same, and a
    percentage is given only where both counts behind it are shown.
  withholds: Some figures are not shown to protect participants.
  omitted: "Not shown for this round: {omitted}."
  omitted_separator: "; "
  until_closed: Statistics about this round’s pairs are published once the round has closed.
  too_few: >-
    Statistics about this round’s pairs are not shown: the round is too small to publish them without
    singling someone out.
  of: of
  share: Share
  withheld: withheld
  pairs: Pairs
  participants: Participants
  countries_represented: Countries represented
  across_sectors: Pairs across sectors
  across_stages: Pairs across career stages
  completed: Completed the round
  satisfied: Rated the round 4 or 5 out of 5
  of_pairs: pairs
  of_pairs_who_answered: pairs who answered
  channels: How pairs kept in touch
  endings: How pairs ended the round
  sectors: Sectors
  stages: Career stages
  regions_heading: Where participants came from
  show_countries: Show the table of regions and countries
  regions_intro: >-
    By UN M49 region. Countries with fewer than {threshold} participants are counted together in their region,
    without their names.
  region_and_country: Region and country
  other_countries: "Other countries in {region}"
  matrix_heading: Pairs between regions
  matrix_corner: Region
  matrix_intro: >-
    How many pairs joined a participant in one region with a participant in another; the diagonal counts pairs
    within one region, across two of its countries.
  omission:
    region_matrix: the pairs between regions
    countries: the countries (regions only)
    breakdowns: the sectors, career stages and channels
    endings: how pairs ended the round and satisfaction

channel:
  email: E-mail
  video: Video calls
  chat: Chat
  social: Social media
  phone: Phone

sector:
  academic: Academic
  public: Public
  school: School
  special: Special
  government: Government
  other: Other

stage:
  student: Student
  early: Early career
  mid: Mid career
  senior: Senior

ending:
  completed: Completed the round
  faltered: Faltered
  rematched: Rematched
  withdrawn: Withdrew

region:
  africa: Africa
  americas: Americas
  asia: Asia
  europe: Europe
  oceania: Oceania
  antarctica: Antarctica

figure:
  unknown: unknown
  not_yet: not yet known

numbers:
  thousands_separator: ","

dates:
  long: "{day} {month} {year}"
  months:
    january: January
    february: February
    march: March
    april: April
    may: May
    june: June
    july: July
    august: August
    september: September
    october: October
    november: November
    december: December
  short_months:
    january: Jan
    february: Feb
    march: Mar
    april: Apr
    may: May
    june: Jun
    july: Jul
    august: Aug
    september: Sep
    october: Oct
    november: Nov
    december: Dec

# The charts, drawn at build time as SVG. Plain text, not HTML: titles and descriptions are
# what screen readers say for each chart.
charts:
  participants_by_round: Participants by round
  countries_by_round: Countries by round
  participations_so_far: Participations so far
  countries_so_far: Countries represented so far
  sample: "{title} (sample data)"
  counted: "{title} (number of {unit})"
  unit_pairs: pairs
  unit_participants: participants
  figures: "{title}: {figures}."
  figure: "{label} {value}"
  separator: "; "
  region_pair: "{first} with {second}"
  show_table: Show these figures as a table
  so_far_heading: The program so far
  so_far_caption: >-
    Participations so far add up each round’s participants as the program published them (places
    taken, so a person who joined twice counts twice). Countries so far are counted from the pair files
    of the rounds whose pair statistics are published.
  so_far_participations: Participations so far
  so_far_countries: Countries so far
  timeline_title: "{round}: the timetable"
  applications: Applications
  matching: Matching
  run: The round
  topics: Topics (week)
  timeline_dates: "Applications open {open} and close {close}; the round runs from {start} to {end}."
  timeline_releases: "{count} topic guides come out from {first} to {last}."

# The events of a round's calendar (rounds/<id>/calendar.ics). Plain text, not HTML: calendar
# programs show it as it is.
calendar:
  name: "{round} · {site}"
  applications: "Applications for {round}"
  applications_open: "Applications open for {round}"
  applications_close: "Applications close for {round}"
  start: "{round} begins"
  end: "{round} ends"
  release: "{round}, week {week}: {topic}"

# The feed (feed.xml). Plain text, not HTML.
feed:
  release: "{topic} ({round}, week {week})"

"""#,
        "templates/base.mustache": ##"""
<!DOCTYPE html>
<html lang="{{lang}}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'self'; img-src 'self' https: data:; style-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'">
<meta name="color-scheme" content="light dark">
<title>{{documentTitle}}</title>
<meta name="description" content="{{description}}">
<link rel="canonical" href="{{canonical}}">
<link rel="alternate" type="application/atom+xml" href="{{feedURL}}" title="{{site.title}}">
<link rel="icon" href="{{assets}}favicon.svg" type="image/svg+xml">
<meta property="og:type" content="website">
<meta property="og:site_name" content="{{site.title}}">
<meta property="og:title" content="{{title}}">
<meta property="og:description" content="{{description}}">
<meta property="og:url" content="{{canonical}}">
<meta name="twitter:card" content="summary">
<link rel="stylesheet" href="{{assets}}style.css">
{{$head}}{{/head}}
</head>
<body>
<a class="skip-link" href="#main">{{strings.site.skip_link}}</a>
{{> partials/header}}
<div class="layout{{$layoutClass}}{{/layoutClass}}">
<main id="main">
{{$main}}{{/main}}
</main>
{{$sidebar}}{{/sidebar}}
</div>
{{> partials/footer}}
</body>
</html>

"""##,
        "templates/chapter.mustache": #"""
{{<base}}
{{$layoutClass}} with-sidebar{{/layoutClass}}
{{$sidebar}}{{> partials/chapter-nav}}{{/sidebar}}
{{$main}}
<article>
{{#chapter}}
<p class="eyebrow">{{eyebrow}}</p>
<h1>{{title}}</h1>
<p class="lead">{{summary}}</p>
{{/chapter}}
{{> partials/toc}}
{{{content}}}
</article>
{{> partials/licence}}
{{> partials/edit-link}}
{{> partials/prev-next}}
{{/main}}
{{/base}}

"""#,
        "templates/home.mustache": #"""
{{<base}}
{{$main}}
<section class="hero">
<h1>{{site.title}}</h1>
{{{intro}}}
</section>
{{#hasFigures}}
<section aria-labelledby="figures-heading">
<h2 id="figures-heading">{{strings.home.in_figures}}</h2>
<ul class="figures">
{{#figures}}
<li><strong>{{value}}</strong> {{label}}</li>
{{/figures}}
</ul>
{{> partials/program-charts}}
{{#participantsChart}}
<details class="long-table">
<summary>{{strings.charts.show_table}}</summary>
<div class="table-wrap" role="region" aria-labelledby="program-figures-caption" tabindex="0">
<table id="program-figures">
<caption id="program-figures-caption">{{strings.rounds.caption}}</caption>
<thead><tr><th scope="col">{{strings.rounds.round}}</th><th scope="col" class="number">{{strings.rounds.participants}}</th><th scope="col" class="number">{{strings.rounds.countries}}</th></tr></thead>
<tbody>
{{#programFigures}}
<tr><th scope="row"><a href="{{url}}">{{name}}</a></th><td class="number">{{#participants}}{{#known}}<span data-figure="{{id}}:program.participants">{{text}}</span>{{/known}}{{^known}}{{> partials/unknown}}{{/known}}{{/participants}}</td><td class="number">{{#countries}}{{#known}}<span data-figure="{{id}}:program.countries">{{text}}</span>{{/known}}{{^known}}{{> partials/unknown}}{{/known}}{{/countries}}</td></tr>
{{/programFigures}}
</tbody>
</table>
</div>
</details>
{{/participantsChart}}
</section>
{{/hasFigures}}
{{#featuredRound}}
<section class="featured-round" aria-labelledby="round-heading">
<h2 id="round-heading">{{heading}}: <a href="{{url}}">{{name}}</a></h2>
<p class="status status-{{status}}">{{statusLabel}}</p>
{{> partials/round-dates}}
{{#participantsKnown}}<p>{{strings.home.participants_from}}</p>{{/participantsKnown}}
{{^participantsKnown}}<p>{{#isBeforeItsRun}}{{strings.home.participants_later}}{{/isBeforeItsRun}}{{^isBeforeItsRun}}{{strings.home.participants_unpublished}}{{/isBeforeItsRun}}</p>{{/participantsKnown}}
{{#applyURL}}
<p class="apply"><a class="button" href="{{applyURL}}">{{strings.rounds.apply}}</a></p>
{{/applyURL}}
</section>
{{/featuredRound}}
{{#hasTopics}}
<section aria-labelledby="topics-heading">
<h2 id="topics-heading">{{strings.home.latest_topics}}</h2>
<ul class="cards">
{{#latestTopics}}
{{> partials/topic-card}}
{{/latestTopics}}
</ul>
<p><a href="{{root}}topics/">{{strings.home.all_topics}}</a></p>
</section>
{{/hasTopics}}
{{/main}}
{{/base}}

"""#,
        "templates/not-found.mustache": #"""
{{<base}}
{{$main}}
<h1>{{strings.not_found.title}}</h1>
<p>{{strings.not_found.no_page}} {{#suggestsSections}}{{strings.not_found.try_everything}}{{/suggestsSections}}{{^suggestsSections}}{{strings.not_found.try_home}}{{/suggestsSections}}</p>
{{/main}}
{{/base}}

"""#,
        "templates/page.mustache": #"""
{{<base}}
{{$main}}
<article>
<h1>{{title}}</h1>
{{{content}}}
</article>
{{> partials/edit-link}}
{{/main}}
{{/base}}

"""#,
        "templates/partials/chapter-nav.mustache": #"""
<nav class="sidebar" aria-label="{{strings.process.chapters}}">
<h2><a href="{{root}}process/">{{strings.process.title}}</a></h2>
{{#hasChapters}}
<ol>
{{#chapters}}
<li><a href="{{url}}"{{#current}} aria-current="page"{{/current}}>{{title}}</a></li>
{{/chapters}}
</ol>
{{/hasChapters}}
{{#parts}}
<h3><a href="{{partURL}}">{{title}}</a></h3>
<ol>
{{#chapters}}
<li><a href="{{url}}"{{#current}} aria-current="page"{{/current}}>{{title}}</a></li>
{{/chapters}}
</ol>
{{/parts}}
</nav>

"""#,
        "templates/partials/chart.mustache": #"""
<figure class="chart"><figcaption>{{title}}</figcaption>{{{svg}}}</figure>

"""#,
        "templates/partials/date.mustache": #"""
{{#known}}<time datetime="{{iso}}">{{text}}</time>{{/known}}{{^known}}{{> partials/unknown}}{{/known}}
"""#,
        "templates/partials/edit-link.mustache": #"""
{{#updated}}
<p class="updated">{{strings.site.last_updated}} {{> partials/date}}</p>
{{/updated}}
{{#editURL}}
<p class="edit-link"><a href="{{editURL}}">{{strings.site.suggest_change}}</a></p>
{{/editURL}}

"""#,
        "templates/partials/figure.mustache": #"""
{{#known}}{{text}}{{/known}}{{^known}}{{> partials/unknown}}{{/known}}

"""#,
        "templates/partials/footer.mustache": #"""
<footer class="site-footer">
<ul>
{{#footerPages}}
<li><a href="{{url}}">{{title}}</a></li>
{{/footerPages}}
</ul>
<p>{{strings.site.built_with}}</p>
</footer>

"""#,
        "templates/partials/header.mustache": #"""
<header class="site-header">
<a class="site-title" href="{{homeURL}}">{{site.title}}</a>
<nav aria-label="{{strings.site.main_menu}}">
<ul>
{{#navigation}}
<li><a href="{{url}}"{{#current}} aria-current="page"{{/current}}>{{title}}</a></li>
{{/navigation}}
</ul>
</nav>
</header>

"""#,
        "templates/partials/licence.mustache": #"""
{{#licence}}
<p class="licence">{{#chapterOwn}}{{strings.licence.chapter_published}}{{/chapterOwn}}{{^chapterOwn}}{{strings.licence.published}}{{/chapterOwn}}{{#terms}} {{terms}}{{/terms}}</p>
{{/licence}}

"""#,
        "templates/partials/prev-next.mustache": #"""
{{#hasNeighbours}}
<nav class="prev-next" aria-label="{{strings.site.previous_and_next}}">
{{#previous}}<a class="previous" href="{{url}}" rel="prev"><span>{{strings.site.previous}}</span> {{title}}</a>{{/previous}}
{{#next}}<a class="next" href="{{url}}" rel="next"><span>{{strings.site.next}}</span> {{title}}</a>{{/next}}
</nav>
{{/hasNeighbours}}

"""#,
        "templates/partials/program-charts.mustache": #"""
{{#participantsChart}}
<div class="charts">
{{> partials/chart}}
{{#countriesChart}}
{{> partials/chart}}
{{/countriesChart}}
</div>
{{/participantsChart}}

"""#,
        "templates/partials/round-dates.mustache": #"""
<dl class="facts">
<dt>{{strings.rounds.applications_open}}</dt><dd>{{#applicationsOpen}}{{> partials/date}}{{/applicationsOpen}}</dd>
<dt>{{strings.rounds.applications_close}}</dt><dd>{{#applicationsClose}}{{> partials/date}}{{/applicationsClose}}</dd>
<dt>{{strings.rounds.round_starts}}</dt><dd>{{#start}}{{> partials/date}}{{/start}}</dd>
<dt>{{strings.rounds.round_ends}}</dt><dd>{{#end}}{{> partials/date}}{{/end}}</dd>
</dl>

"""#,
        "templates/partials/round-statistics.mustache": #"""
<h2 id="pairs">{{strings.statistics.heading}}</h2>
{{#synthetic}}
<p class="notice">{{strings.statistics.sample_notice}}</p>
{{/synthetic}}
<p class="disclosure">{{strings.statistics.disclosure}}</p>
{{#withholds}}
<p class="notice protected">{{strings.statistics.withholds}}{{#hasOmissions}} {{strings.statistics.omitted}}{{/hasOmissions}}</p>
{{/withholds}}
<dl class="facts">
{{#headline}}
<dt>{{label}}</dt><dd><span data-figure="{{key}}">{{text}}</span>{{#base}} {{strings.statistics.of}} <span data-figure="{{baseKey}}">{{base}}</span> {{unit}}{{/base}}{{#percent}} (<span data-figure="{{percentKey}}">{{percent}}</span>){{/percent}}</dd>
{{/headline}}
</dl>
{{#tables}}
<h3 id="{{id}}">{{title}}</h3>
{{#chart}}
{{> partials/chart}}
{{/chart}}
<div class="table-wrap" role="region" aria-labelledby="{{id}}" tabindex="0">
<table class="statistics" id="{{id}}-table">
<thead><tr><th scope="col"><span class="visually-hidden">{{title}}</span></th><th scope="col" class="number">{{unit}}</th><th scope="col" class="number">{{strings.statistics.share}}</th></tr></thead>
<tbody>
{{#rows}}
<tr><th scope="row">{{label}}</th><td class="number{{#hidden}} hidden-count{{/hidden}}" data-figure="{{key}}">{{text}}</td><td class="number">{{#percent}}<span data-figure="{{percentKey}}">{{percent}}</span>{{/percent}}</td></tr>
{{/rows}}
</tbody>
</table>
</div>
{{/tables}}
{{#hasRegions}}
<h3 id="regions">{{strings.statistics.regions_heading}}</h3>
<p>{{strings.statistics.regions_intro}}</p>
<details class="long-table">
<summary>{{strings.statistics.show_countries}}</summary>
<div class="table-wrap" role="region" aria-labelledby="regions" tabindex="0">
<table class="statistics">
<thead><tr><th scope="col">{{strings.statistics.region_and_country}}</th><th scope="col" class="number">{{strings.statistics.participants}}</th></tr></thead>
{{#regions}}
<tbody>
<tr class="region"><th scope="row">{{name}}</th><td class="number{{#hidden}} hidden-count{{/hidden}}" data-figure="{{key}}">{{text}}</td></tr>
{{#countries}}
<tr><th scope="row" class="country{{#other}} other{{/other}}">{{name}}</th><td class="number{{#hidden}} hidden-count{{/hidden}}" data-figure="{{key}}">{{text}}</td></tr>
{{/countries}}
</tbody>
{{/regions}}
</table>
</div>
</details>
{{/hasRegions}}
{{#hasMatrix}}
<h3 id="region-pairs">{{strings.statistics.matrix_heading}}</h3>
<p>{{strings.statistics.matrix_intro}}</p>
{{#matrixChart}}
{{> partials/chart}}
{{/matrixChart}}
<div class="table-wrap" role="region" aria-labelledby="region-pairs" tabindex="0">
<table class="statistics matrix" id="region-pairs-table">
<thead><tr><th scope="col">{{strings.statistics.matrix_corner}}</th>{{#matrixRegions}}<th scope="col" class="number">{{name}}</th>{{/matrixRegions}}</tr></thead>
<tbody>
{{#matrix}}
<tr><th scope="row">{{name}}</th>{{#cells}}<td class="number{{#hidden}} hidden-count{{/hidden}}" data-figure="{{key}}">{{text}}</td>{{/cells}}</tr>
{{/matrix}}
</tbody>
</table>
</div>
{{/hasMatrix}}

"""#,
        "templates/partials/toc.mustache": ##"""
{{#hasToc}}
<nav class="toc" aria-labelledby="toc-heading">
<h2 id="toc-heading">{{strings.site.on_this_page}}</h2>
<ol>
{{#toc}}
<li><a href="#{{id}}">{{text}}</a>{{#children.0}}
<ol>
{{#children}}
<li><a href="#{{id}}">{{text}}</a></li>
{{/children}}
</ol>{{/children.0}}</li>
{{/toc}}
</ol>
</nav>
{{/hasToc}}

"""##,
        "templates/partials/topic-card.mustache": #"""
<li class="card">
<h3><a href="{{url}}">{{title}}</a></h3>
<p>{{summary}}</p>
{{#hasRounds}}
<p class="meta">{{strings.topics.used_in}}</p>
<ul class="inline">
{{#rounds}}
<li><a href="{{url}}">{{name}}</a></li>
{{/rounds}}
</ul>
{{/hasRounds}}
</li>

"""#,
        "templates/partials/unknown.mustache": #"""
<span class="unknown">{{#isBeforeItsRun}}{{strings.figure.not_yet}}{{/isBeforeItsRun}}{{^isBeforeItsRun}}{{strings.figure.unknown}}{{/isBeforeItsRun}}</span>
"""#,
        "templates/print.mustache": ##"""
{{<base}}
{{$head}}<meta name="robots" content="noindex">{{/head}}
{{$main}}
<article class="printable">
<h1>{{title}}</h1>
<p class="print-hint">{{strings.print.hint}}</p>
{{#intro}}
<p>{{intro}}</p>
{{/intro}}
{{#round}}
{{> partials/round-dates}}
{{/round}}
{{{summary}}}
<nav class="toc" aria-labelledby="toc-heading">
<h2 id="toc-heading">{{strings.print.contents}}</h2>
<ol>
{{#parts}}
<li><a href="#{{id}}">{{title}}</a></li>
{{/parts}}
</ol>
</nav>
{{#parts}}
<section class="print-part" id="{{id}}">
<p class="eyebrow">{{eyebrow}}{{#date}}{{#known}} · <time datetime="{{iso}}">{{text}}</time>{{/known}}{{/date}}</p>
<h2><a href="{{url}}">{{title}}</a></h2>
<p class="lead">{{summary}}</p>
{{{content}}}
{{#chapterLicence}}
<p class="licence">{{strings.licence.chapter_published}}{{#terms}} {{terms}}{{/terms}}</p>
{{/chapterLicence}}
</section>
{{/parts}}
</article>
{{> partials/licence}}
{{/main}}
{{/base}}

"""##,
        "templates/process.mustache": #"""
{{<base}}
{{$main}}
<h1>{{title}}</h1>
{{#intro}}
<p>{{intro}}</p>
{{/intro}}
{{#hasChapters}}
<ol class="chapters">
{{#chapters}}
<li><a href="{{url}}">{{title}}</a> <span>{{summary}}</span></li>
{{/chapters}}
</ol>
{{/hasChapters}}
{{#parts}}
<section class="part" aria-labelledby="{{id}}">
<h2 id="{{id}}"><a href="{{partURL}}">{{title}}</a></h2>
{{#partSummary}}
<p>{{partSummary}}</p>
{{/partSummary}}
<ol class="chapters">
{{#chapters}}
<li><a href="{{url}}">{{title}}</a> <span>{{summary}}</span></li>
{{/chapters}}
</ol>
</section>
{{/parts}}
{{#printURL}}
<p class="print-link"><a href="{{printURL}}">{{strings.print.handbook_link}}</a></p>
{{/printURL}}
{{> partials/licence}}
{{/main}}
{{/base}}

"""#,
        "templates/round.mustache": ##"""
{{<base}}
{{$main}}
{{#round}}
<h1>{{name}}</h1>
<p class="status status-{{status}}">{{statusLabel}}</p>
{{#applyURL}}
<p class="apply"><a class="button" href="{{applyURL}}">{{strings.rounds.apply}}</a>{{#applicationsClose.known}} {{strings.rounds.apply_until}}{{/applicationsClose.known}}</p>
{{/applyURL}}
{{/round}}
<nav class="toc" aria-labelledby="toc-heading">
<h2 id="toc-heading">{{strings.site.on_this_page}}</h2>
<ol>
<li><a href="#dates">{{strings.rounds.dates}}</a></li>
{{#hasSchedule}}<li><a href="#schedule">{{strings.rounds.schedule}}</a></li>{{/hasSchedule}}
<li><a href="#figures">{{strings.rounds.figures}}</a></li>
{{#statistics}}<li><a href="#pairs">{{strings.statistics.heading}}</a></li>{{/statistics}}
{{#statisticsNotShown}}<li><a href="#pairs">{{strings.statistics.heading}}</a></li>{{/statisticsNotShown}}
</ol>
</nav>
{{{summary}}}
{{#round}}
<h2 id="dates">{{strings.rounds.dates}}</h2>
{{> partials/round-dates}}
{{/round}}
{{#timeline}}
{{> partials/chart}}
{{/timeline}}
{{#packURL}}
<p class="print-link"><a href="{{packURL}}">{{strings.print.pack_link}}</a></p>
{{/packURL}}
{{#calendarURL}}
<p class="calendar-link"><a href="{{calendarURL}}" type="text/calendar">{{strings.rounds.add_to_calendar}}</a> {{strings.rounds.calendar_hint}}</p>
{{/calendarURL}}
{{#hasSchedule}}
<h2 id="schedule">{{strings.rounds.schedule}}</h2>
<div class="table-wrap" role="region" aria-labelledby="schedule" tabindex="0">
<table>
<thead><tr><th scope="col" class="number">{{strings.rounds.week}}</th><th scope="col">{{strings.rounds.released}}</th><th scope="col">{{strings.rounds.topic_guide}}</th></tr></thead>
<tbody>
{{#schedule}}
<tr><td class="number">{{week}}</td><td>{{#date}}{{> partials/date}}{{/date}}</td><td><a href="{{url}}">{{title}}</a></td></tr>
{{/schedule}}
</tbody>
</table>
</div>
{{/hasSchedule}}
{{#round}}
<h2 id="figures">{{strings.rounds.figures}}</h2>
<dl class="facts">
<dt>{{strings.rounds.participants}}</dt><dd>{{#participants}}{{#known}}<span data-figure="{{id}}:program.participants">{{text}}</span>{{/known}}{{^known}}{{> partials/figure}}{{/known}}{{/participants}}</dd>
<dt>{{strings.rounds.countries}}</dt><dd>{{#countries}}{{#known}}<span data-figure="{{id}}:program.countries">{{text}}</span>{{/known}}{{^known}}{{> partials/figure}}{{/known}}{{/countries}}</dd>
<dt>{{strings.rounds.pairs}}</dt><dd>{{#pairs}}{{#known}}<span data-figure="{{id}}:program.pairs">{{text}}</span>{{/known}}{{^known}}{{> partials/figure}}{{/known}}{{/pairs}}</dd>
</dl>
{{/round}}
{{#figuresDiffer}}
<p class="notice">{{#synthetic}}{{strings.rounds.program_figures_sample}}{{/synthetic}}{{^synthetic}}{{strings.rounds.program_figures}}{{/synthetic}}</p>
{{/figuresDiffer}}
{{#hasSources}}
<h3 id="sources">{{strings.rounds.sources}}</h3>
<ul>
{{#sources}}
<li>{{#url}}<a href="{{url}}">{{title}}</a>{{/url}}{{^url}}{{title}}{{/url}}</li>
{{/sources}}
</ul>
{{/hasSources}}
{{#statistics}}
{{> partials/round-statistics}}
{{/statistics}}
{{#statisticsNotShown}}
<h2 id="pairs">{{strings.statistics.heading}}</h2>
{{#untilClosed}}<p class="notice">{{strings.statistics.until_closed}}</p>{{/untilClosed}}
{{#tooFew}}<p class="notice protected">{{strings.statistics.too_few}}</p>{{/tooFew}}
{{/statisticsNotShown}}
{{> partials/edit-link}}
{{/main}}
{{/base}}

"""##,
        "templates/rounds.mustache": #"""
{{<base}}
{{$main}}
<h1>{{title}}</h1>
{{> partials/program-charts}}
<div class="table-wrap" role="region" aria-labelledby="rounds-caption" tabindex="0">
<table id="rounds-table">
<caption id="rounds-caption">{{strings.rounds.caption}}</caption>
<thead>
<tr><th scope="col">{{strings.rounds.round}}</th><th scope="col">{{strings.rounds.status}}</th><th scope="col">{{strings.rounds.applications_close}}</th><th scope="col">{{strings.rounds.starts}}</th><th scope="col">{{strings.rounds.ends}}</th><th scope="col" class="number">{{strings.rounds.participants}}</th><th scope="col" class="number">{{strings.rounds.countries}}</th><th scope="col" class="number">{{strings.rounds.topics}}</th></tr>
</thead>
<tbody>
{{#rounds}}
<tr>
<th scope="row"><a href="{{url}}">{{name}}</a></th>
<td>{{statusLabel}}</td>
<td>{{#applicationsClose}}{{> partials/date}}{{/applicationsClose}}</td>
<td>{{#start}}{{> partials/date}}{{/start}}</td>
<td>{{#end}}{{> partials/date}}{{/end}}</td>
<td class="number">{{#participants}}{{#known}}<span data-figure="{{id}}:program.participants">{{text}}</span>{{/known}}{{^known}}{{> partials/unknown}}{{/known}}{{/participants}}</td>
<td class="number">{{#countries}}{{#known}}<span data-figure="{{id}}:program.countries">{{text}}</span>{{/known}}{{^known}}{{> partials/unknown}}{{/known}}{{/countries}}</td>
<td class="number">{{topicCount}}</td>
</tr>
{{/rounds}}
</tbody>
</table>
</div>
{{#soFar}}
<h2 id="so-far">{{strings.charts.so_far_heading}}</h2>
<div class="charts">
{{#participationsSoFarChart}}
{{> partials/chart}}
{{/participationsSoFarChart}}
{{#countriesSoFarChart}}
{{> partials/chart}}
{{/countriesSoFarChart}}
</div>
<details class="long-table">
<summary>{{strings.charts.show_table}}</summary>
<div class="table-wrap" role="region" aria-labelledby="so-far-caption" tabindex="0">
<table id="so-far-table">
<caption id="so-far-caption">{{strings.charts.so_far_caption}}</caption>
<thead><tr><th scope="col">{{strings.rounds.round}}</th><th scope="col" class="number">{{strings.charts.so_far_participations}}</th><th scope="col" class="number">{{strings.charts.so_far_countries}}</th></tr></thead>
<tbody>
{{#rows}}
<tr><th scope="row"><a href="{{url}}">{{name}}</a></th>{{#participations}}<td class="number">{{#known}}<span data-figure="{{key}}">{{text}}</span>{{/known}}{{^known}}<span class="unknown">{{text}}</span>{{/known}}</td>{{/participations}}{{#countries}}<td class="number">{{#known}}<span data-figure="{{key}}">{{text}}</span>{{/known}}{{^known}}<span class="unknown">{{text}}</span>{{/known}}</td>{{/countries}}</tr>
{{/rows}}
</tbody>
</table>
</div>
</details>
{{/soFar}}
{{#hasComparison}}
<h2 id="pairs">{{strings.comparison.heading}}</h2>
{{#comparisonSynthetic}}<p class="notice">{{strings.comparison.sample_notice}}</p>{{/comparisonSynthetic}}
<div class="table-wrap" role="region" aria-labelledby="comparison-caption" tabindex="0">
<table>
<caption id="comparison-caption">{{strings.comparison.caption}}</caption>
<thead>
<tr><th scope="col">{{strings.rounds.round}}</th><th scope="col" class="number">{{strings.rounds.pairs}}</th><th scope="col" class="number">{{strings.rounds.participants}}</th><th scope="col" class="number">{{strings.rounds.countries}}</th><th scope="col" class="number">{{strings.comparison.across_sectors}}</th><th scope="col" class="number">{{strings.comparison.across_stages}}</th><th scope="col" class="number">{{strings.comparison.completed}}</th><th scope="col" class="number">{{strings.comparison.satisfied}}</th></tr>
</thead>
<tbody>
{{#comparison}}
<tr>
<th scope="row"><a href="{{url}}">{{name}}</a>{{#synthetic}}*{{/synthetic}}</th>
{{#figures}}<td class="number{{#hidden}} hidden-count{{/hidden}}"{{#key}} data-figure="{{key}}"{{/key}}>{{text}}{{#note}} <span class="figure-note">{{strings.comparison.answered}} <span data-figure="{{noteKey}}">{{note}}</span></span>{{/note}}</td>{{/figures}}
</tr>
{{/comparison}}
</tbody>
</table>
</div>
{{#hasChannelComparison}}
<div class="table-wrap" role="region" aria-labelledby="channels-caption" tabindex="0">
<table>
<caption id="channels-caption">{{strings.comparison.channels_caption}}</caption>
<thead>
<tr><th scope="col">{{strings.rounds.round}}</th>{{#channelNames}}<th scope="col" class="number">{{.}}</th>{{/channelNames}}</tr>
</thead>
<tbody>
{{#channelComparison}}
<tr>
<th scope="row"><a href="{{url}}">{{name}}</a>{{#synthetic}}*{{/synthetic}}</th>
{{#channels}}<td class="number{{#hidden}} hidden-count{{/hidden}}"{{#key}} data-figure="{{key}}"{{/key}}>{{text}}</td>{{/channels}}
</tr>
{{/channelComparison}}
</tbody>
</table>
</div>
{{/hasChannelComparison}}
{{/hasComparison}}
{{/main}}
{{/base}}

"""#,
        "templates/search.mustache": #"""
{{<base}}
{{$main}}
<h1>{{title}}</h1>
<div class="search" id="search" data-index="{{indexURL}}" data-root="{{root}}" data-loading="{{strings.search.loading}}" data-failed="{{strings.search.failed}}" data-no-results="{{strings.search.no_results}}" data-one-result="{{strings.search.one_result}}" data-results="{{strings.search.results}}" data-more="{{strings.search.more}}" hidden>
<form role="search" class="search-form">
<label for="search-query">{{strings.search.label}}</label>
<input type="search" id="search-query" name="q" autocomplete="off" spellcheck="false" aria-describedby="search-hint" aria-controls="search-results">
<p class="hint" id="search-hint">{{strings.search.hint}}</p>
</form>
<p class="search-status" id="search-status" role="status" aria-live="polite"></p>
<ol class="search-results" id="search-results"></ol>
</div>
<div class="search-no-script" id="search-no-script">
<p>{{strings.search.needs_script}}</p>
<ul>
{{#sections}}
<li><a href="{{url}}">{{title}}</a></li>
{{/sections}}
</ul>
</div>
<script src="{{assets}}search.js" defer></script>
{{/main}}
{{/base}}

"""#,
        "templates/topic.mustache": #"""
{{<base}}
{{$main}}
<article>
{{#topic}}
<h1>{{title}}</h1>
<p class="lead">{{summary}}</p>
<ul class="inline tags">
{{#tags}}
<li><a href="{{url}}">{{label}}</a></li>
{{/tags}}
</ul>
{{/topic}}
{{> partials/toc}}
{{{content}}}
<section class="releases" aria-labelledby="releases-heading">
<h2 id="releases-heading">{{strings.topics.released_in}}</h2>
<ul>
{{#releases}}
<li>{{strings.topics.release}} ({{#date}}{{#known}}<time datetime="{{iso}}">{{text}}</time>{{/known}}{{^known}}<span class="unknown">{{strings.topics.date_unknown}}</span>{{/known}}{{/date}})</li>
{{/releases}}
{{^releases}}
<li>{{strings.topics.not_scheduled}}</li>
{{/releases}}
</ul>
</section>
</article>
{{> partials/edit-link}}
{{> partials/prev-next}}
{{/main}}
{{/base}}

"""#,
        "templates/topics.mustache": ##"""
{{<base}}
{{$main}}
<h1>{{title}}</h1>
{{#intro}}
<p>{{intro}}</p>
{{/intro}}
{{#inOrder}}
<section aria-labelledby="in-order">
<h2 id="in-order">{{strings.topics.in_order}}</h2>
<ol class="cards">
{{#topics}}
{{> partials/topic-card}}
{{/topics}}
</ol>
</section>
{{/inOrder}}
{{^inOrder}}
<nav class="tag-list" aria-label="{{strings.topics.themes}}">
<ul class="inline">
{{#tags}}
<li><a href="#{{id}}">{{label}}</a></li>
{{/tags}}
</ul>
</nav>
{{#tags}}
<section aria-labelledby="{{id}}">
<h2 id="{{id}}">{{label}}</h2>
<ul class="cards">
{{#topics}}
{{> partials/topic-card}}
{{/topics}}
</ul>
</section>
{{/tags}}
{{/inOrder}}
{{/main}}
{{/base}}

"""##,
    ]
}
