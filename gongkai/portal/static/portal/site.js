// Reading aids (适老化): font size and high contrast, remembered in localStorage.
(function () {
  var root = document.documentElement;
  function apply() {
    var size = parseInt(localStorage.getItem("gk-font") || "0", 10);
    root.setAttribute("data-font", String(size));
    root.classList.toggle("contrast", localStorage.getItem("gk-contrast") === "1");
  }
  apply();
  document.addEventListener("click", function (e) {
    var btn = e.target.closest("[data-font],[data-contrast]");
    if (!btn) return;
    if (btn.hasAttribute("data-contrast")) {
      localStorage.setItem("gk-contrast", root.classList.contains("contrast") ? "0" : "1");
    } else {
      var step = parseInt(btn.getAttribute("data-font"), 10);
      var cur = parseInt(localStorage.getItem("gk-font") || "0", 10);
      var next = step === 0 ? 0 : Math.max(-1, Math.min(3, cur + step));
      localStorage.setItem("gk-font", String(next));
    }
    apply();
  });
  document.addEventListener("submit", function (e) {
    var msg = e.target.getAttribute("data-confirm");
    if (msg && !window.confirm(msg)) e.preventDefault();
  });
})();
