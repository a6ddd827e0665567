// Reading aids (适老化), navigation and forms for every page; no inline script (CSP).
(function () {
  var root = document.documentElement;
  root.classList.add("js");
  var MIN_FONT = -1, MAX_FONT = 3;

  function stored(key, fallback) {
    try { return localStorage.getItem(key) || fallback; } catch (e) { return fallback; }
  }
  function store(key, value) {
    try { localStorage.setItem(key, value); } catch (e) { /* private mode: this page only */ }
  }

  function apply() {
    var size = parseInt(stored("gk-font", "0"), 10);
    if (isNaN(size) || size < MIN_FONT || size > MAX_FONT) size = 0;
    root.setAttribute("data-font", String(size));
    var contrast = stored("gk-contrast", "0") === "1";
    root.classList.toggle("contrast", contrast);
    var buttons = document.querySelectorAll(".a11y button");
    for (var i = 0; i < buttons.length; i++) {
      var b = buttons[i];
      if (b.hasAttribute("data-contrast")) {
        b.setAttribute("aria-pressed", contrast ? "true" : "false");
      } else if (b.getAttribute("data-font") === "0") {
        b.setAttribute("aria-pressed", size === 0 ? "true" : "false");
      }
    }
    var step = document.querySelector(".a11y .font-level");
    if (step) step.textContent = "当前字号：" + ["小", "默认", "大", "较大", "最大"][size + 1];
    document.dispatchEvent(new CustomEvent("gk:font"));
  }
  apply();

  document.addEventListener("click", function (e) {
    // Only the reading-aid buttons: <html data-font> must not count as one.
    var btn = e.target.closest(".a11y button[data-font], .a11y button[data-contrast]");
    if (btn) {
      if (btn.hasAttribute("data-contrast")) {
        store("gk-contrast", root.classList.contains("contrast") ? "0" : "1");
      } else {
        var step = parseInt(btn.getAttribute("data-font"), 10);
        var cur = parseInt(stored("gk-font", "0"), 10) || 0;
        var next = step === 0 ? 0 : Math.max(MIN_FONT, Math.min(MAX_FONT, cur + step));
        store("gk-font", String(next));
      }
      apply();
      return;
    }
    var toggle = e.target.closest("[data-menu-toggle]");
    if (toggle) {
      var menu = document.getElementById(toggle.getAttribute("aria-controls"));
      var open = toggle.getAttribute("aria-expanded") !== "true";
      toggle.setAttribute("aria-expanded", open ? "true" : "false");
      if (menu) menu.classList.toggle("open", open);
    }
  });

  // aria-current on the navigation entry for this page (longest matching address).
  function markCurrent(nav) {
    var links = nav.querySelectorAll("a[href]");
    var path = window.location.pathname, best = null, bestLen = -1;
    for (var i = 0; i < links.length; i++) {
      var href = links[i].getAttribute("href");
      if (!href || href.charAt(0) !== "/") continue;
      var hit = href === "/" ? path === "/" : path.indexOf(href) === 0;
      if (hit && href.length > bestLen) { best = links[i]; bestLen = href.length; }
    }
    if (best) {
      best.setAttribute("aria-current", path === best.getAttribute("href") ? "page" : "true");
      best.classList.add("active");
    }
  }

  // Tables with one simple header row become labelled cards on a phone (CSS below 600px).
  function stackTables() {
    var tables = document.querySelectorAll("main table");
    for (var t = 0; t < tables.length; t++) {
      var table = tables[t];
      if (table.classList.contains("no-stack") || !table.tHead || table.tHead.rows.length !== 1) continue;
      if (table.querySelector("[colspan],[rowspan]")) continue;
      var heads = table.tHead.rows[0].cells, labels = [];
      for (var h = 0; h < heads.length; h++) labels.push(heads[h].textContent.trim());
      for (var b = 0; b < table.tBodies.length; b++) {
        var rows = table.tBodies[b].rows;
        for (var r = 0; r < rows.length; r++) {
          var cells = rows[r].cells;
          for (var c = 0; c < cells.length && c < labels.length; c++) {
            if (!cells[c].hasAttribute("data-label")) cells[c].setAttribute("data-label", labels[c]);
          }
        }
      }
      table.classList.add("stack");
    }
  }

  // Required fields: spoken (aria-required) and written (*必填) next to the label.
  function markRequired(scope) {
    var fields = scope.querySelectorAll("input[required], select[required], textarea[required], [data-required]");
    for (var i = 0; i < fields.length; i++) {
      var f = fields[i];
      if (f.type === "hidden" || f.type === "radio") continue;  // a radio group is one question
      f.setAttribute("aria-required", "true");
      var label = f.id ? document.querySelector('label[for="' + f.id + '"]') : null;
      if (label && !label.querySelector(".req")) {
        var mark = document.createElement("span");
        mark.className = "req";
        mark.textContent = "*必填";
        label.appendChild(document.createTextNode(" "));
        label.appendChild(mark);
      }
    }
  }

  function labelOf(field) {
    var label = field.id ? document.querySelector('label[for="' + field.id + '"]') : null;
    if (!label) return field.getAttribute("aria-label") || "此项";
    var copy = label.cloneNode(true);
    var marks = copy.querySelectorAll(".req");
    for (var i = 0; i < marks.length; i++) marks[i].remove();
    return copy.textContent.replace(/[：:\s]+$/, "").trim();
  }

  // One list of what is wrong at the top of the form, linked to each field, with focus.
  function showSummary(form, problems) {
    var box = form.querySelector(".error-summary");
    if (!box) {
      box = document.createElement("div");
      box.className = "error-summary";
      box.setAttribute("role", "alert");
      box.setAttribute("tabindex", "-1");
      form.insertBefore(box, form.firstChild);
    }
    box.textContent = "";
    var h = document.createElement("h2");
    h.textContent = "提交未成功，请修改以下 " + problems.length + " 处：";
    box.appendChild(h);
    var ul = document.createElement("ul");
    for (var i = 0; i < problems.length; i++) {
      var li = document.createElement("li");
      if (problems[i].id) {
        var a = document.createElement("a");
        a.href = "#" + problems[i].id;
        a.textContent = problems[i].text;
        li.appendChild(a);
      } else {
        li.textContent = problems[i].text;
      }
      ul.appendChild(li);
    }
    box.appendChild(ul);
    box.focus();
  }

  function clientErrorId(field) { return field.id + "_client_error"; }

  function checkForm(form) {
    var problems = [];
    var fields = form.querySelectorAll("[aria-required=true]");
    var seenRadio = {};
    for (var i = 0; i < fields.length; i++) {
      var f = fields[i];
      if (f.disabled || !f.id) continue;
      var empty;
      if (f.type === "radio") {
        if (seenRadio[f.name]) continue;
        seenRadio[f.name] = true;
        empty = !form.querySelector('input[name="' + f.name + '"]:checked');
      } else if (f.type === "checkbox") {
        empty = !f.checked;
      } else if (f.type === "file") {
        empty = !f.files || f.files.length === 0;
      } else {
        empty = !String(f.value || "").trim();
      }
      var old = document.getElementById(clientErrorId(f));
      if (old) old.remove();
      if (empty) {
        var text = labelOf(f) + "：此项必填";
        problems.push({ id: f.id, text: text });
        f.setAttribute("aria-invalid", "true");
        var msg = document.createElement("p");
        msg.className = "error";
        msg.id = clientErrorId(f);
        msg.textContent = text;
        f.insertAdjacentElement("afterend", msg);
        var described = (f.getAttribute("aria-describedby") || "").split(" ").filter(Boolean);
        if (described.indexOf(msg.id) < 0) described.push(msg.id);
        f.setAttribute("aria-describedby", described.join(" "));
      }
    }
    return problems;
  }

  document.addEventListener("submit", function (e) {
    var form = e.target;
    // Forms marked novalidate in their template are checked by the server, which sends
    // them back with its own messages and a summary; the others are checked here.
    if (!form.hasAttribute("data-no-check") && !form.hasAttribute("data-server-checks")) {
      var problems = checkForm(form);
      if (problems.length) {
        e.preventDefault();
        showSummary(form, problems);
        return;
      }
    }
    var msg = form.getAttribute("data-confirm");
    if (msg && !window.confirm(msg)) e.preventDefault();
  });

  function ready() {
    var navs = document.querySelectorAll(".main-nav, .workspace-nav");
    for (var i = 0; i < navs.length; i++) markCurrent(navs[i]);
    stackTables();
    markRequired(document);
    var forms = document.querySelectorAll("form");
    for (var f = 0; f < forms.length; f++) {
      if (forms[f].hasAttribute("novalidate")) forms[f].setAttribute("data-server-checks", "");
      else if (forms[f].querySelector("[aria-required=true]")) forms[f].setAttribute("novalidate", "");
    }
    // A form the server sent back with errors but no summary (Django's as_p forms):
    // list its messages at the top, each linked to its field.
    for (var k = 0; k < forms.length; k++) {
      var form = forms[k];
      if (form.querySelector(".error-summary")) continue;
      var lists = form.querySelectorAll("ul.errorlist");
      if (!lists.length) continue;
      var problems = [];
      for (var l = 0; l < lists.length; l++) {
        var fieldId = (lists[l].id || "").replace(/_error$/, "");
        var field = fieldId && document.getElementById(fieldId);
        var items = lists[l].querySelectorAll("li");
        for (var m = 0; m < items.length; m++) {
          var text = items[m].textContent.trim();
          problems.push({ id: field ? fieldId : "", text: field ? labelOf(field) + "：" + text : text });
        }
      }
      if (problems.length) showSummary(form, problems);
    }
    // A page that comes back with errors: focus their summary.
    var summary = document.querySelector(".error-summary");
    if (summary) summary.focus();
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", ready);
  else ready();
})();
