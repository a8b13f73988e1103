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
