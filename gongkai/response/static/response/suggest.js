// While a citizen types a mailbox message, show Q&A entries that may already answer it.
(function () {
  var box = document.getElementById("qa-suggest-box");
  if (!box) return;
  var fields = ["id_subject", "id_text"].map(function (id) { return document.getElementById(id); })
    .filter(Boolean);
  var timer = null;
  var last = "";
  function ask() {
    var text = fields.map(function (f) { return f.value; }).join(" ").slice(0, 500);
    if (text === last || text.replace(/\s/g, "").length < 4) return;
    last = text;
    fetch(box.dataset.url + "?text=" + encodeURIComponent(text), { credentials: "same-origin" })
      .then(function (r) { return r.ok ? r.text() : ""; })
      .then(function (html) { box.innerHTML = html; })
      .catch(function () {});
  }
  fields.forEach(function (f) {
    f.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(ask, 400);
    });
  });
})();
