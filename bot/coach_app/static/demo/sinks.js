// The demo's notification sinks: e-mails, chat webhooks and texts, refreshed every 2 s.
(function () {
  "use strict";
  function fill(id, items, describe) {
    var list = document.getElementById(id);
    list.textContent = "";
    if (!items.length) {
      var empty = document.createElement("li");
      empty.className = "empty";
      empty.textContent = "None yet.";
      list.appendChild(empty);
      return;
    }
    items.forEach(function (item) {
      var entry = document.createElement("li");
      var head = document.createElement("strong");
      var body = document.createElement("pre");
      var parts = describe(item);
      head.textContent = parts[0];
      body.textContent = parts[1];
      entry.appendChild(head);
      entry.appendChild(body);
      list.appendChild(entry);
    });
  }
  function refresh() {
    fetch("/demo/sinks/data")
      .then(function (response) { return response.json(); })
      .then(function (data) {
        fill("mails", data.mails || [], function (m) {
          return [m.at + " to " + m.to + ": " + m.subject, m.body];
        });
        fill("webhooks", data.webhooks || [], function (w) {
          return [w.at, typeof w.payload === "string" ? w.payload : JSON.stringify(w.payload, null, 2)];
        });
        fill("texts", data.texts || [], function (t) {
          return [t.date_created + " to " + t.to, t.body];
        });
      })
      .catch(function () {});
  }
  refresh();
  setInterval(refresh, 2000);
})();
