// The print button of the leader view (no inline scripts under the CSP).
document.addEventListener("DOMContentLoaded", function () {
  var button = document.getElementById("btn-print");
  if (button) {
    button.addEventListener("click", function () {
      window.print();
    });
  }
});
