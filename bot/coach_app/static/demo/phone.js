// The demo phone: send a text through the coach app (which signs it for Rasa's SMS webhook)
// and show the conversation, polled from the coach app (which reads the fake provider).
(function () {
  "use strict";
  var phone = document.querySelector(".phone");
  var number = phone.getAttribute("data-phone");
  var list = phone.querySelector(".phone-messages");
  var form = phone.querySelector(".phone-form");
  var input = phone.querySelector("#phone-text");
  var status = phone.querySelector(".phone-status");
  var shown = 0;

  function render(messages) {
    if (messages.length === shown) return;
    list.textContent = "";
    messages.forEach(function (message) {
      var item = document.createElement("li");
      item.className = message.from === "student" ? "sent" : "received";
      item.textContent = message.body; // texts are shown as text, never as markup
      list.appendChild(item);
    });
    shown = messages.length;
    list.scrollTop = list.scrollHeight;
  }

  function refresh() {
    fetch("/demo/phone/messages?phone=" + encodeURIComponent(number))
      .then(function (response) { return response.json(); })
      .then(function (data) { render(data.messages || []); })
      .catch(function () {});
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var body = input.value.trim();
    if (!body) return;
    input.value = "";
    status.textContent = "Sending\u2026";
    fetch("/demo/phone/send", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ phone: number, body: body }),
    })
      .then(function (response) {
        status.textContent = response.ok ? "" : "The assistant's SMS webhook did not answer.";
        refresh();
      })
      .catch(function () { status.textContent = "The coach app did not answer."; });
  });

  refresh();
  setInterval(refresh, 1000);
})();
