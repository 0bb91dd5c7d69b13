// nbrun course search (see docs/course.md). No network: the index is a script file beside the pages.
(function () {
  "use strict";
  var box = document.querySelector("div.search[data-index]");
  if (!box) return;
  var input = box.querySelector("input"), list = box.querySelector("ol"), status = box.querySelector(".search-status");
  var root = box.getAttribute("data-root") || "", pageLang = primary(document.documentElement.lang);
  var index = null, loading = false, openFirst = false, limit = 20;
  box.hidden = false;

  function primary(tag) { return (tag || "").toLowerCase().split("-")[0]; }
  function say(text) { status.textContent = text; }
  function words(query) { return query.toLowerCase().split(/\s+/).filter(Boolean); }

  function load() {
    if (index || loading) return;
    loading = true;
    var script = document.createElement("script");
    script.src = box.getAttribute("data-index");
    script.onload = function () {
      index = window.nbrunSearchIndex;
      index.sections.forEach(function (s) { s.heading = s[2].toLowerCase(); s.body = s[3].toLowerCase(); });
      search();
    };
    script.onerror = function () { loading = false; say(box.getAttribute("data-missing")); };
    document.head.appendChild(script);
  }

  function score(section, terms) {
    var total = 0;
    for (var i = 0; i < terms.length; i++) {
      if (section.heading.indexOf(terms[i]) >= 0) total += 10;
      else if (section.body.indexOf(terms[i]) >= 0) total += 1;
      else return 0;
    }
    return total;
  }

  function search() {
    while (list.firstChild) list.removeChild(list.firstChild);
    var terms = words(input.value);
    if (!terms.length) { say(""); openFirst = false; return; }
    if (!index) { load(); return; }
    var hits = [];
    index.sections.forEach(function (section, order) {
      var value = score(section, terms);
      if (value) hits.push({ section: section, value: value, order: order });
    });
    hits.sort(function (a, b) { return b.value - a.value || a.order - b.order; });
    var count = hits.length === 0 ? "data-none" : hits.length === 1 ? "data-one" : "data-many";
    say(box.getAttribute(count).replace("{n}", String(hits.length)));
    hits.slice(0, limit).forEach(function (hit) { list.appendChild(item(hit.section, terms)); });
    if (openFirst && hits.length) open(list.querySelector("a"));
    openFirst = false;
  }

  function span(className, text, terms) {
    var element = document.createElement("span");
    element.className = className;
    mark(element, text, terms || []);
    return element;
  }

  function item(section, terms) {
    var page = index.pages[section[0]], li = document.createElement("li"), link = document.createElement("a");
    link.href = root + section[1];
    var chapter = span("search-chapter", page.title);
    if (primary(page.lang) !== pageLang) {
      li.lang = page.lang;
      link.hreflang = page.lang;
      chapter.appendChild(span("search-lang", index.languages[page.lang] || page.lang));
    }
    link.appendChild(chapter);
    if (section[2] !== page.title) link.appendChild(span("search-heading", section[2], terms));
    if (section[3]) link.appendChild(span("search-snippet", snippet(section[3], section.body, terms), terms));
    li.appendChild(link);
    return li;
  }

  function snippet(text, folded, terms) {
    var at = -1;
    terms.forEach(function (term) { var found = folded.indexOf(term); if (found >= 0 && (at < 0 || found < at)) at = found; });
    if (folded.length !== text.length || at < 0) at = 0;
    var start = Math.max(0, at - 30), end = Math.min(text.length, start + 120);
    if (start > 0) { var space = text.indexOf(" ", start); if (space >= 0 && space < at) start = space + 1; }
    if (/[\uDC00-\uDFFF]/.test(text.charAt(start))) start += 1;
    if (/[\uD800-\uDBFF]/.test(text.charAt(end - 1))) end -= 1;
    return (start > 0 ? "… " : "") + text.slice(start, end) + (end < text.length ? " …" : "");
  }

  function mark(element, text, terms) {
    var folded = text.toLowerCase(), marks = [];
    if (folded.length === text.length) {
      terms.forEach(function (term) {
        for (var at = folded.indexOf(term); at >= 0; at = folded.indexOf(term, at + term.length)) marks.push([at, at + term.length]);
      });
    }
    marks.sort(function (a, b) { return a[0] - b[0]; });
    var position = 0;
    marks.forEach(function (range) {
      if (range[1] <= position) return;
      var from = Math.max(range[0], position);
      if (from > position) element.appendChild(document.createTextNode(text.slice(position, from)));
      var highlight = document.createElement("mark");
      highlight.textContent = text.slice(from, range[1]);
      element.appendChild(highlight);
      position = range[1];
    });
    if (position < text.length) element.appendChild(document.createTextNode(text.slice(position)));
  }

  function open(link) { if (link) window.location.href = link.href; }

  function results() { return Array.prototype.slice.call(list.querySelectorAll("a")); }

  input.addEventListener("focus", load);
  input.addEventListener("input", search);
  input.addEventListener("keydown", function (event) {
    if (event.key === "Enter") {
      event.preventDefault();
      if (index) open(list.querySelector("a")); else { openFirst = true; load(); }
    } else if (event.key === "ArrowDown" && results().length) {
      event.preventDefault();
      results()[0].focus();
    } else if (event.key === "Escape") {
      input.value = "";
      search();
    }
  });
  list.addEventListener("keydown", function (event) {
    var links = results(), at = links.indexOf(document.activeElement);
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      var next = at + (event.key === "ArrowDown" ? 1 : -1);
      if (next < 0) input.focus(); else if (next < links.length) links[next].focus();
    } else if (event.key === "Escape") {
      input.value = "";
      search();
      input.focus();
    }
  });
  if (input.value) search();
})();
