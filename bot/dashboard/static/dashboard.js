// Refreshes the live parts of a dashboard page (counts, charts, a broadcast's progress) while it is open.
// Pages work without it: they then reload themselves now and then.
"use strict";
(function () {
  var box = document.querySelector("[data-poll]");
  if (!box) { return; }
  var every = Number(box.getAttribute("data-every") || "15") * 1000;
  function apply(data) {
    Object.keys(data.text || {}).forEach(function (key) {
      document.querySelectorAll('[data-live="' + key + '"]').forEach(function (el) { el.textContent = data.text[key]; });
    });
    Object.keys(data.value || {}).forEach(function (key) {
      document.querySelectorAll('[data-live-value="' + key + '"]').forEach(function (el) { el.value = data.value[key]; });
    });
    Object.keys(data.html || {}).forEach(function (key) {
      document.querySelectorAll('[data-live-html="' + key + '"]').forEach(function (el) { el.innerHTML = data.html[key]; });
    });
    if (data.reload) { window.location.reload(); }
    return !data.done;
  }
  function poll() {
    fetch(box.getAttribute("data-poll"), { credentials: "same-origin", headers: { "Accept": "application/json" } })
      .then(function (r) { if (!r.ok) { throw new Error(String(r.status)); } return r.json(); })
      .then(function (data) { if (apply(data)) { setTimeout(poll, every); } })
      .catch(function () { setTimeout(poll, every * 2); });
  }
  setTimeout(poll, every);
}());
