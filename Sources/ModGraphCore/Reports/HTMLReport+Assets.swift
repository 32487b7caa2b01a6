extension HTMLReport {
    /// The page's style: GitHub-like colours, light and dark; the graph keeps its white canvas.
    static let style = """
        :root { color-scheme: light dark; --fg: #1f2328; --muted: #59636e; --bg: #ffffff; --panel: #f6f8fa;
          --border: #d1d9e0; --accent: #0969da; --error: #cf222e; --warning: #bc4c00; --note: #59636e; --hit: #fff8c5; }
        @media (prefers-color-scheme: dark) {
          :root { --fg: #f0f6fc; --muted: #9198a1; --bg: #0d1117; --panel: #151b23; --border: #3d444d;
            --accent: #4493f8; --error: #f85149; --warning: #db6d28; --note: #9198a1; --hit: #4b3d00; }
        }
        * { box-sizing: border-box; }
        body { margin: 0; font: 14px/1.5 -apple-system, "Segoe UI", Helvetica, Arial, sans-serif; color: var(--fg); background: var(--bg); }
        header { position: sticky; top: 0; z-index: 2; background: var(--bg); border-bottom: 1px solid var(--border); padding: 8px 16px; }
        h1 { font-size: 18px; margin: 0; word-break: break-all; }
        h2 { font-size: 16px; margin: 20px 0 8px; }
        main { padding: 0 16px 32px; }
        code { font: 12px/1.4 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; word-break: break-all; }
        .counts, .note, .hint { color: var(--muted); margin: 2px 0; }
        .search { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; margin: 6px 0; }
        .search input { flex: 1 1 320px; max-width: 560px; padding: 5px 8px; font: inherit; color: var(--fg);
          background: var(--panel); border: 1px solid var(--border); border-radius: 6px; }
        .search output { color: var(--muted); }
        nav a { color: var(--accent); margin-right: 12px; text-decoration: none; }
        nav a:hover { text-decoration: underline; }
        .toolbar { display: flex; gap: 6px; align-items: center; flex-wrap: wrap; margin: 6px 0; }
        button { font: inherit; color: var(--fg); background: var(--panel); border: 1px solid var(--border); border-radius: 6px;
          padding: 2px 10px; cursor: pointer; }
        .viewport { position: relative; height: 72vh; min-height: 360px; overflow: hidden; border: 1px solid var(--border);
          border-radius: 6px; background: #ffffff; cursor: grab; touch-action: none; }
        .viewport.dragging { cursor: grabbing; }
        .viewport:focus { outline: 2px solid var(--accent); outline-offset: 1px; }
        .viewport svg { display: block; width: 100%; height: 100%; user-select: none; }
        svg.mg-searching g.node { opacity: 0.25; }
        svg.mg-searching g.node.mg-match, svg g.node.mg-found { opacity: 1; }
        g.node.mg-match > *:not(title) { stroke: #bf8700; }
        g.node.mg-found polygon, g.node.mg-found path { stroke: #bf8700; stroke-width: 4px; }
        table { border-collapse: collapse; width: 100%; }
        th, td { border-bottom: 1px solid var(--border); padding: 4px 8px; text-align: left; vertical-align: top; }
        thead th { position: sticky; top: 0; background: var(--panel); white-space: nowrap; }
        thead th button { border: 0; background: none; padding: 0; font-weight: 600; }
        thead th[aria-sort="ascending"] button::after { content: " \\25B2"; }
        thead th[aria-sort="descending"] button::after { content: " \\25BC"; }
        tbody tr:hover { background: var(--panel); }
        table.summary th { width: 14em; font-weight: 600; }
        button.find { border: 0; background: none; padding: 0; text-align: left; color: var(--accent); }
        button.find:hover code { text-decoration: underline; }
        .pager { display: flex; gap: 8px; align-items: center; margin: 6px 0; color: var(--muted); }
        .pager button:disabled { opacity: 0.4; cursor: default; }
        .note.cut { color: var(--fg); }
        .sev { display: inline-block; min-width: 1.6em; padding: 0 6px; border-radius: 10px; font-size: 12px; font-weight: 600;
          color: #ffffff; text-align: center; }
        .sev-error { background: var(--error); }
        .sev-warning { background: var(--warning); }
        .sev-note { background: var(--note); }
        """

    /// The page's script: pan and zoom, sortable tables, search, and a self-test (`#selftest`)
    /// that the browser test runs. Written for this page; no library.
    static let script = #"""
        (function () {
          "use strict";
          var root = document.documentElement;
          var errors = 0;
          window.addEventListener("error", function () { errors += 1; root.setAttribute("data-errors", String(errors)); });

          // Graph: pan and zoom by moving the SVG's viewBox; one viewBox unit is `scale()` pixels.
          var viewport = document.getElementById("mg-viewport");
          var svg = viewport ? viewport.querySelector("svg") : null;
          var home = null, view = null;
          function apply() { svg.setAttribute("viewBox", [view.x, view.y, view.w, view.h].join(" ")); }
          function size() { return { w: viewport.clientWidth || 800, h: viewport.clientHeight || 600 }; }
          function fit() {
            var s = size(), u = Math.max(home.w / s.w, home.h / s.h);
            view = { w: s.w * u, h: s.h * u };
            view.x = home.x - (view.w - home.w) / 2;
            view.y = home.y - (view.h - home.h) / 2;
            apply();
          }
          // First view: the whole width, never above natural size, from the top (a tall graph
          // then reads like a page; Fit shows it all).
          function start() {
            var s = size(), u = Math.max(home.w / s.w, 1);
            view = { w: s.w * u, h: s.h * u, x: home.x - (s.w * u - home.w) / 2, y: home.y };
            if (view.h > home.h) { view.y = home.y - (view.h - home.h) / 2; }
            apply();
          }
          function zoomAt(factor, px, py) {
            var s = size(), u = view.w / s.w;
            var nu = Math.min(Math.max(u / factor, 0.05), 4 * Math.max(home.w / s.w, home.h / s.h));
            view.x += px * (u - nu); view.y += py * (u - nu);
            view.w = s.w * nu; view.h = s.h * nu;
            apply();
          }
          function zoom(factor) { var s = size(); zoomAt(factor, s.w / 2, s.h / 2); }
          function pan(dx, dy) { var u = view.w / size().w; view.x -= dx * u; view.y -= dy * u; apply(); }
          function findNode(name) {
            if (!svg) { return null; }
            var nodes = svg.querySelectorAll("g.node"), found = null;
            for (var i = 0; i < nodes.length; i++) {
              var t = nodes[i].querySelector("title");
              nodes[i].classList.remove("mg-found");
              if (t && t.textContent === name) { found = nodes[i]; }
            }
            if (!found) { return null; }
            found.classList.add("mg-found");
            var r = found.getBoundingClientRect(), v = viewport.getBoundingClientRect(), s = size();
            var u = view.w / s.w;
            var cx = view.x + (r.left + r.width / 2 - v.left) * u, cy = view.y + (r.top + r.height / 2 - v.top) * u;
            var nu = Math.min(u, Math.max((r.width * u) / (s.w * 0.3), 0.5));
            view = { w: s.w * nu, h: s.h * nu };
            view.x = cx - view.w / 2; view.y = cy - view.h / 2;
            apply();
            viewport.scrollIntoView({ block: "nearest" });
            return found;
          }
          if (svg && svg.viewBox && svg.viewBox.baseVal && svg.viewBox.baseVal.width > 0) {
            var b = svg.viewBox.baseVal;
            home = { x: b.x, y: b.y, w: b.width, h: b.height };
            svg.removeAttribute("width");
            svg.removeAttribute("height");
            start();
            viewport.addEventListener("wheel", function (e) {
              e.preventDefault();
              var v = viewport.getBoundingClientRect();
              zoomAt(Math.exp(-e.deltaY * (e.deltaMode === 1 ? 0.05 : 0.0015)), e.clientX - v.left, e.clientY - v.top);
            }, { passive: false });
            var drag = null;
            viewport.addEventListener("pointerdown", function (e) {
              if (e.button !== 0) { return; }
              drag = { x: e.clientX, y: e.clientY };
              viewport.setPointerCapture(e.pointerId);
              viewport.classList.add("dragging");
            });
            viewport.addEventListener("pointermove", function (e) {
              if (!drag) { return; }
              pan(e.clientX - drag.x, e.clientY - drag.y);
              drag = { x: e.clientX, y: e.clientY };
            });
            function endDrag() { drag = null; viewport.classList.remove("dragging"); }
            viewport.addEventListener("pointerup", endDrag);
            viewport.addEventListener("pointercancel", endDrag);
            viewport.addEventListener("keydown", function (e) {
              var step = 60, handled = true;
              if (e.key === "+" || e.key === "=") { zoom(1.25); }
              else if (e.key === "-" || e.key === "_") { zoom(0.8); }
              else if (e.key === "0") { fit(); }
              else if (e.key === "ArrowLeft") { pan(step, 0); }
              else if (e.key === "ArrowRight") { pan(-step, 0); }
              else if (e.key === "ArrowUp") { pan(0, step); }
              else if (e.key === "ArrowDown") { pan(0, -step); }
              else { handled = false; }
              if (handled) { e.preventDefault(); }
            });
            var buttons = document.querySelectorAll("[data-zoom]");
            for (var i = 0; i < buttons.length; i++) {
              buttons[i].addEventListener("click", function (e) {
                var what = e.currentTarget.getAttribute("data-zoom");
                if (what === "in") { zoom(1.25); } else if (what === "out") { zoom(0.8); } else { fit(); }
              });
            }
            var last = size();
            window.addEventListener("resize", function () {
              var s = size(), u = view.w / last.w, cx = view.x + view.w / 2, cy = view.y + view.h / 2;
              view = { w: s.w * u, h: s.h * u };
              view.x = cx - view.w / 2; view.y = cy - view.h / 2;
              last = s;
              apply();
            });
          } else {
            svg = null;
          }
          document.addEventListener("click", function (e) {
            var target = e.target && e.target.closest ? e.target.closest("button.find") : null;
            if (target) { findNode(target.getAttribute("data-node")); }
          });

          // Tables: click a column heading to sort; ties keep the original order.
          var tables = document.querySelectorAll("table.sortable");
          function sortTable(table, column) {
            var heads = table.tHead.rows[0].cells, th = heads[column];
            var numeric = th.getAttribute("data-type") === "num";
            var dir = th.getAttribute("aria-sort") === "ascending" ? -1 : 1;
            for (var h = 0; h < heads.length; h++) { heads[h].setAttribute("aria-sort", "none"); }
            th.setAttribute("aria-sort", dir === 1 ? "ascending" : "descending");
            var body = table.tBodies[0], rows = Array.prototype.slice.call(body.rows);
            var keyed = rows.map(function (row) {
              var cell = row.cells[column];
              var raw = cell.hasAttribute("data-sort") ? cell.getAttribute("data-sort") : cell.textContent.trim();
              return { row: row, key: numeric ? (parseFloat(raw) || 0) : raw.toLowerCase(), order: +row.getAttribute("data-order") };
            });
            keyed.sort(function (a, b) {
              var c = numeric ? a.key - b.key : (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
              return c !== 0 ? c * dir : a.order - b.order;
            });
            var fragment = document.createDocumentFragment();
            keyed.forEach(function (k) { fragment.appendChild(k.row); });
            body.appendChild(fragment);
          }
          Array.prototype.forEach.call(tables, function (table) {
            Array.prototype.forEach.call(table.tBodies[0].rows, function (row, i) {
              row.setAttribute("data-order", String(i));
            });
            Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th, column) {
              th.addEventListener("click", function () { sortTable(table, column); });
            });
          });

          // Paged tables (big reports): rows are built from the embedded data, a page at a time;
          // sorting and search work on all of it.
          var pagedTables = [];
          var dataNode = document.getElementById("mg-data");
          if (dataNode) {
            var data = JSON.parse(dataNode.textContent), M = data.modules, F = data.findings;
            var paths = [], previous = "";
            for (var p = 0; p < M.prefix.length; p++) { previous = previous.slice(0, M.prefix[p]) + M.suffix[p]; paths.push(previous); }
            var direct = {};
            M.direct.forEach(function (i) { direct[i] = true; });
            var severities = ["error", "warning", "note"], worstNames = ["", "note", "warning", "error"];
            function el(tag, cls, text) {
              var e = document.createElement(tag);
              if (cls) { e.className = cls; }
              if (text !== undefined) { e.textContent = text; }
              return e;
            }
            function codeCell(text) { var td = el("td"); if (text) { td.appendChild(el("code", "", text)); } return td; }
            function modulePath(m) { return typeof m === "number" ? (m >= 0 ? paths[m] : "") : m; }
            var sources = {
              modules: {
                count: paths.length,
                key: function (i, c) {
                  switch (c) {
                    case 0: return paths[i].toLowerCase();
                    case 1: return data.versions[M.version[i]].toLowerCase();
                    case 2: return direct[i] ? "direct" : "indirect";
                    case 3: return M.depth[i] < 0 ? 1000000 : M.depth[i];
                    case 4: return M.requiredBy[i];
                    case 5: return M.requires[i];
                    case 6: return M.worst[i] * 100000 + M.findings[i];
                    case 8: return ((M.workspace && M.workspace[i]) || "").toLowerCase();
                    default: return (M.replaced[i] || "").toLowerCase();
                  }
                },
                text: function (i) {
                  return paths[i] + "\n" + data.versions[M.version[i]] + "\n" + (direct[i] ? "direct" : "indirect") + "\n" + (M.replaced[i] || "")
                    + "\n" + ((M.workspace && M.workspace[i]) || "");
                },
                row: function (i) {
                  var tr = el("tr"), td = el("td"), node = M.drawn[i];
                  if (node !== undefined) {
                    var b = el("button", "find");
                    b.type = "button"; b.title = "Show in the graph"; b.setAttribute("data-node", node);
                    b.appendChild(el("code", "", paths[i]));
                    td.appendChild(b);
                  } else {
                    td.appendChild(el("code", "", paths[i]));
                  }
                  tr.appendChild(td);
                  tr.appendChild(codeCell(data.versions[M.version[i]]));
                  tr.appendChild(el("td", "", direct[i] ? "direct" : "indirect"));
                  tr.appendChild(el("td", "", M.depth[i] < 0 ? "\u2013" : String(M.depth[i])));
                  tr.appendChild(el("td", "", String(M.requiredBy[i])));
                  tr.appendChild(el("td", "", String(M.requires[i])));
                  var f = el("td");
                  if (M.worst[i] > 0) { f.appendChild(el("span", "sev sev-" + worstNames[M.worst[i]], String(M.findings[i]))); } else { f.textContent = "0"; }
                  tr.appendChild(f);
                  tr.appendChild(codeCell(M.replaced[i] || ""));
                  if (M.workspace) {
                    var ws = el("td");
                    (M.workspace[i] || "").split(", ").forEach(function (p, k) {
                      if (!p) { return; }
                      if (k > 0) { ws.appendChild(document.createTextNode(", ")); }
                      ws.appendChild(el("code", "", p));
                    });
                    tr.appendChild(ws);
                  }
                  return tr;
                }
              },
              findings: {
                count: F.severity.length,
                key: function (i, c) {
                  switch (c) {
                    case 0: return F.severity[i];
                    case 1: return data.ids[F.id[i]].toLowerCase();
                    case 2: return modulePath(F.module[i]).toLowerCase();
                    case 3: return F.message[i].toLowerCase();
                    default: return F.where[i].toLowerCase();
                  }
                },
                text: function (i) {
                  return severities[F.severity[i]] + "\n" + data.ids[F.id[i]] + "\n" + modulePath(F.module[i]) + "\n" + F.message[i] + "\n"
                    + (F.hint[i] >= 0 ? data.hints[F.hint[i]] : "") + "\n" + F.where[i];
                },
                row: function (i) {
                  var tr = el("tr"), sev = el("td");
                  sev.appendChild(el("span", "sev sev-" + severities[F.severity[i]], severities[F.severity[i]]));
                  tr.appendChild(sev);
                  tr.appendChild(codeCell(data.ids[F.id[i]]));
                  tr.appendChild(codeCell(modulePath(F.module[i])));
                  var message = el("td", "", F.message[i]);
                  if (F.hint[i] >= 0) { message.appendChild(el("div", "hint", data.hints[F.hint[i]])); }
                  tr.appendChild(message);
                  tr.appendChild(codeCell(F.where[i]));
                  return tr;
                }
              }
            };
            Array.prototype.forEach.call(document.querySelectorAll("table.paged"), function (table) {
              var source = sources[table.getAttribute("data-source")];
              var pager = document.querySelector(".pager[data-for=\"" + table.id + "\"]");
              var all = [];
              for (var i = 0; i < source.count; i++) { all.push(i); }
              var state = { table: table, source: source, rows: all.slice(), page: 0, size: 200, texts: null, sort: null };
              state.render = function () {
                var pages = Math.max(1, Math.ceil(state.rows.length / state.size));
                state.page = Math.min(Math.max(state.page, 0), pages - 1);
                var from = state.page * state.size, to = Math.min(from + state.size, state.rows.length);
                var fragment = document.createDocumentFragment();
                for (var r = from; r < to; r++) { fragment.appendChild(source.row(state.rows[r])); }
                var body = table.tBodies[0];
                while (body.firstChild) { body.removeChild(body.firstChild); }
                body.appendChild(fragment);
                pager.querySelector("output").textContent = state.rows.length === 0 ? "no rows"
                  : "rows " + (from + 1) + "\u2013" + to + " of " + state.rows.length
                    + (state.rows.length < source.count ? " (of " + source.count + ")" : "");
                pager.querySelector("[data-page=prev]").disabled = state.page === 0;
                pager.querySelector("[data-page=next]").disabled = state.page >= pages - 1;
              };
              state.order = function () {
                if (!state.sort) { state.rows.sort(function (a, b) { return a - b; }); return; }
                var c = state.sort.column, dir = state.sort.dir, keys = new Array(source.count);
                state.rows.forEach(function (i) { keys[i] = source.key(i, c); });
                state.rows.sort(function (a, b) {
                  var x = keys[a], y = keys[b], d = x < y ? -1 : x > y ? 1 : 0;
                  return d !== 0 ? d * dir : a - b;
                });
              };
              state.filter = function (q) {
                if (q === "") { state.rows = all.slice(); } else {
                  if (!state.texts) { state.texts = all.map(function (i) { return source.text(i).toLowerCase(); }); }
                  state.rows = all.filter(function (i) { return state.texts[i].indexOf(q) >= 0; });
                }
                state.order();
                state.page = 0;
                state.render();
              };
              Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th, column) {
                th.addEventListener("click", function () {
                  var dir = th.getAttribute("aria-sort") === "ascending" ? -1 : 1;
                  Array.prototype.forEach.call(table.tHead.rows[0].cells, function (h) { h.setAttribute("aria-sort", "none"); });
                  th.setAttribute("aria-sort", dir === 1 ? "ascending" : "descending");
                  state.sort = { column: column, dir: dir };
                  state.order();
                  state.page = 0;
                  state.render();
                });
              });
              pager.addEventListener("click", function (e) {
                var b = e.target && e.target.closest ? e.target.closest("[data-page]") : null;
                if (!b) { return; }
                state.page += b.getAttribute("data-page") === "next" ? 1 : -1;
                state.render();
              });
              state.render();
              pagedTables.push(state);
            });
          }

          // Search: filter the tables' rows and mark the matching modules in the graph.
          var input = document.getElementById("mg-search"), count = document.getElementById("mg-search-count");
          var rowsText = [];
          Array.prototype.forEach.call(tables, function (table) {
            Array.prototype.forEach.call(table.tBodies[0].rows, function (row) {
              rowsText.push({ row: row, table: table.id, text: row.textContent.toLowerCase() });
            });
          });
          var graphNodes = svg ? Array.prototype.map.call(svg.querySelectorAll("g.node"), function (g) {
            var t = g.querySelector("title"), a = g.querySelector("a");
            var text = (t ? t.textContent : "") + "\n" + (a ? (a.getAttribute("xlink:title") || a.getAttribute("title") || "") : "");
            return { g: g, text: text.toLowerCase() };
          }) : [];
          function search() {
            var q = input.value.trim().toLowerCase(), modules = 0, findings = 0, drawn = 0;
            rowsText.forEach(function (r) {
              var hit = q === "" || r.text.indexOf(q) >= 0;
              r.row.hidden = !hit;
              if (hit && r.table === "mg-modules-table") { modules += 1; }
              if (hit && r.table === "mg-findings-table") { findings += 1; }
            });
            pagedTables.forEach(function (t) {
              t.filter(q);
              if (t.table.id === "mg-modules-table") { modules += t.rows.length; }
              if (t.table.id === "mg-findings-table") { findings += t.rows.length; }
            });
            graphNodes.forEach(function (n) {
              var hit = q !== "" && n.text.indexOf(q) >= 0;
              n.g.classList.toggle("mg-match", hit);
              if (hit) { drawn += 1; }
            });
            if (svg) { svg.classList.toggle("mg-searching", q !== ""); }
            count.textContent = q === "" ? "" : modules + " modules, " + findings + " findings, " + drawn + " in the graph";
          }
          if (input) { input.addEventListener("input", search); }

          // Self-test, for the browser test: open the page as report.html#selftest.
          function selftest() {
            var problems = [];
            function check(ok, what) { if (!ok) { problems.push(what); } }
            if (svg) {
              var before = svg.getAttribute("viewBox");
              zoom(2);
              check(svg.getAttribute("viewBox") !== before, "zoom does not change the view");
              pan(10, 10);
              fit();
              check(svg.querySelectorAll("g.node").length > 0, "the graph has no nodes");
            }
            var modules = document.getElementById("mg-modules-table");
            if (modules) {
              var column = 4, heading = modules.tHead.rows[0].cells[column].querySelector("button");
              function values() {
                return Array.prototype.map.call(modules.tBodies[0].rows, function (r) { return parseFloat(r.cells[column].textContent) || 0; });
              }
              heading.click();
              var up = values();
              check(up.every(function (v, i) { return i === 0 || up[i - 1] <= v; }), "ascending sort");
              heading.click();
              var down = values();
              check(down.every(function (v, i) { return i === 0 || down[i - 1] >= v; }), "descending sort");
              var first = modules.tBodies[0].rows[0].cells[0].textContent.trim();
              input.value = first;
              input.dispatchEvent(new Event("input"));
              var shown = Array.prototype.filter.call(modules.tBodies[0].rows, function (r) { return !r.hidden; });
              check(shown.length >= 1, "search shows no module");
              check(shown.every(function (r) { return r.textContent.toLowerCase().indexOf(first.toLowerCase()) >= 0; }), "search shows a module that does not match");
              input.value = "";
              input.dispatchEvent(new Event("input"));
              var all = Array.prototype.filter.call(modules.tBodies[0].rows, function (r) { return r.hidden; });
              check(all.length === 0, "clearing the search does not show every module");
              pagedTables.forEach(function (t) {
                check(t.rows.length === t.source.count, "clearing the search does not list every row of " + t.table.id);
                if (t.rows.length > t.size) {
                  var pager = document.querySelector(".pager[data-for=\"" + t.table.id + "\"]");
                  var firstRow = t.table.tBodies[0].rows[0].textContent;
                  pager.querySelector("[data-page=next]").click();
                  check(t.page === 1 && t.table.tBodies[0].rows[0].textContent !== firstRow, "the next page of " + t.table.id + " is not shown");
                  check(t.table.tBodies[0].rows.length <= t.size, "a page of " + t.table.id + " has too many rows");
                  pager.querySelector("[data-page=prev]").click();
                  check(t.page === 0 && t.table.tBodies[0].rows[0].textContent === firstRow, "the previous page of " + t.table.id + " is not shown");
                }
              });
              var button = modules.querySelector("button.find");
              if (button && svg) {
                check(findNode(button.getAttribute("data-node")) !== null, "a drawn module is not found in the graph");
                fit();
              }
            }
            check(errors === 0, errors + " script errors");
            root.setAttribute("data-selftest", problems.length === 0 ? "pass" : "fail: " + problems.join("; "));
          }
          root.setAttribute("data-ready", "true");
          if (location.hash === "#selftest") { selftest(); }
        })();
        """#
}
