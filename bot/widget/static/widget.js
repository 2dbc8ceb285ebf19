/* Careerbot student chat widget: a launcher button and a chat panel talking to Rasa's
 * socket.io channel. Served by the coach app as /widget.js, wrapped together with the
 * vendored socket.io-client so that `io` never leaks into (or clashes with) the school's page.
 *
 * Embed:  <script src="https://HOST/widget.js" data-school="SCHOOL_ID" defer></script>
 * Optional attributes: data-server (Rasa's socket.io URL), data-title, data-open="true".
 */
(function (io, defaults) {
  "use strict";

  var script = document.currentScript;
  if (!script) {
    var all = document.querySelectorAll("script[src*='widget.js']");
    script = all[all.length - 1];
  }
  var config = {
    school: (script && script.getAttribute("data-school")) || "",
    server: (script && script.getAttribute("data-server")) || defaults.server,
    title: (script && script.getAttribute("data-title")) || "Career chat",
    open: script && script.getAttribute("data-open") === "true",
    assets: script ? new URL(".", script.src).href : "/",
  };
  var MAX_LENGTH = 500;
  var KEEP_MESSAGES = 100;
  // sessionStorage, not localStorage: survives a reload in this tab but not a shared school
  // computer's next student.
  var store = window.sessionStorage;
  var KEY = "careerbot:" + config.school + ":";

  function load(name, fallback) {
    try {
      var value = store.getItem(KEY + name);
      return value === null ? fallback : JSON.parse(value);
    } catch (e) {
      return fallback;
    }
  }
  function save(name, value) {
    try {
      store.setItem(KEY + name, JSON.stringify(value));
    } catch (e) {
      /* private mode or full: the chat still works, it just forgets on reload */
    }
  }

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (name) {
      if (name === "text") node.textContent = attrs[name];
      else if (name === "className") node.className = attrs[name];
      else node.setAttribute(name, attrs[name]);
    });
    (children || []).forEach(function (child) {
      node.appendChild(typeof child === "string" ? document.createTextNode(child) : child);
    });
    return node;
  }

  // Bot text is plain text with **bold** and [links](https://...) or bare URLs; it is rendered
  // with DOM nodes, never innerHTML, so nothing in a message can inject markup.
  var INLINE = /\*\*([^*]+)\*\*|\[([^\]]+)\]\((https?:\/\/[^)\s]+)\)|(https?:\/\/[^\s<]+[^\s<.,;:!?)])/g;
  function renderInline(parent, text) {
    var last = 0;
    text.replace(INLINE, function (match, bold, label, href, bare, offset) {
      parent.appendChild(document.createTextNode(text.slice(last, offset)));
      if (bold) parent.appendChild(el("strong", { text: bold }));
      else {
        var link = el("a", { href: href || bare, target: "_blank", rel: "noopener noreferrer" });
        link.textContent = label || bare;
        link.appendChild(el("span", { className: "cb-visually-hidden", text: " (opens in a new tab)" }));
        parent.appendChild(link);
      }
      last = offset + match.length;
      return match;
    });
    parent.appendChild(document.createTextNode(text.slice(last)));
  }
  function renderText(parent, text) {
    text.split("\n").forEach(function (line, index) {
      if (index) parent.appendChild(el("br"));
      renderInline(parent, line);
    });
  }

  // Cards: answers with figures sent as {"card": {...}} beside their plain text (the text is
  // what SMS and REST show). Built from DOM nodes too; every visual part has words for screen
  // readers (a range bar is aria-hidden and its sentence is visually hidden).
  function para(className, text) {
    var node = el("p", { className: className });
    renderText(node, String(text));
    return node;
  }
  function renderPlaces(places) {
    var list = el("ul", { className: "cb-card-places" });
    places.forEach(function (place) {
      var item = el("li");
      if (place.url && /^https?:\/\//.test(place.url)) {
        var link = el("a", { href: place.url, target: "_blank", rel: "noopener noreferrer", text: place.name });
        link.appendChild(el("span", { className: "cb-visually-hidden", text: " (opens in a new tab)" }));
        item.appendChild(link);
      } else {
        item.appendChild(el("strong", { text: place.name }));
      }
      if (place.where) item.appendChild(el("span", { className: "cb-card-where", text: " \u00b7 " + place.where }));
      if (place.what) item.appendChild(el("span", { className: "cb-card-what", text: place.what }));
      list.appendChild(item);
    });
    return list;
  }
  function renderRouteCard(card, node) {
    if (card.reports) node.appendChild(para("cb-card-note", card.reports));
    var steps = el("ol", { className: "cb-card-steps", "aria-label": card.steps_label || "" });
    (card.steps || []).forEach(function (step) {
      var item = el("li", { className: "cb-card-step" });
      item.appendChild(el("strong", { className: "cb-card-step-name", text: step.name }));
      if (step.length) item.appendChild(el("span", { className: "cb-card-length", text: step.length }));
      if (step.places && step.places.length) item.appendChild(renderPlaces(step.places));
      else (step.details || []).forEach(function (detail) { item.appendChild(para("cb-card-detail", detail)); });
      steps.appendChild(item);
    });
    node.appendChild(steps);
    (card.licences || []).forEach(function (licence) { node.appendChild(para("cb-card-licence", licence)); });
    if (card.where) node.appendChild(para("cb-card-note", card.where));
  }
  function renderPayCard(card, node) {
    var top = card.scale_max || 1;
    (card.rows || []).forEach(function (row) {
      var block = el("div", { className: "cb-card-pay" });
      block.appendChild(el("p", { className: "cb-card-pay-label", text: row.label }));
      block.appendChild(el("p", { className: "cb-visually-hidden", text: row.summary }));
      if (row.p25 && row.p75 && row.median) {
        var bar = el("div", { className: "cb-bar", "aria-hidden": "true" });
        var band = el("span", { className: "cb-bar-band" });
        band.style.left = (100 * row.p25 / top).toFixed(1) + "%";
        band.style.width = (100 * (row.p75 - row.p25) / top).toFixed(1) + "%";
        var mark = el("span", { className: "cb-bar-median" });
        mark.style.left = (100 * row.median / top).toFixed(1) + "%";
        bar.appendChild(band);
        bar.appendChild(mark);
        block.appendChild(bar);
        block.appendChild(el("p", { className: "cb-bar-figures", "aria-hidden": "true" }, [
          el("span", { text: row.p25_text }),
          el("strong", { text: row.median_text }),
          el("span", { text: row.p75_text }),
        ]));
      }
      node.appendChild(block);
    });
    if (card.legend) node.appendChild(para("cb-card-note", card.legend));
  }
  function renderCard(bubble, card) {
    var node = el("div", { className: "cb-card cb-card-" + card.type });
    node.appendChild(el("h3", { className: "cb-card-title", text: card.title || "" }));
    if (card.lead) node.appendChild(para("cb-card-lead", card.lead));
    if (card.type === "route") renderRouteCard(card, node);
    else if (card.type === "pay") renderPayCard(card, node);
    if (card.source) node.appendChild(para("cb-card-source", card.source));
    bubble.appendChild(node);
  }
  var CARD_TYPES = { route: true, pay: true };

  // ---- the DOM -------------------------------------------------------------------------
  var css = el("link", { rel: "stylesheet", href: config.assets + "widget.css" });
  document.head.appendChild(css);

  var root = el("div", { className: "cb-root", "data-careerbot": "" });
  var launcher = el("button", {
    type: "button",
    className: "cb-launcher",
    "aria-expanded": "false",
    "aria-controls": "cb-panel",
    text: "Chat about jobs",
  });
  var closeButton = el("button", {
    type: "button",
    className: "cb-close",
    "aria-label": "Close chat",
  }, ["\u00d7"]);
  var coachButton = el("button", { type: "button", className: "cb-coach", text: "Talk to my coach" });
  var title = el("h2", { className: "cb-title", id: "cb-title", text: config.title });
  var header = el("div", { className: "cb-header" }, [title, coachButton, closeButton]);
  var notice = el("p", { className: "cb-notice" }, [
    "Answers use official data (BLS OEWS May 2025, BLS Employment Projections, O*NET 29.3 " +
      "CC BY 4.0). Please don't share passwords or your home address. Your coach sees this " +
      "chat only if you ask to talk to them.",
  ]);
  var log = el("div", {
    className: "cb-log",
    role: "log",
    "aria-live": "polite",
    "aria-relevant": "additions",
    "aria-label": "Conversation",
    tabindex: "0",
  });
  var typing = el("div", { className: "cb-typing", role: "status", "aria-live": "polite" });
  var status = el("div", { className: "cb-status", role: "status", "aria-live": "polite" });
  var input = el("textarea", {
    id: "cb-input",
    className: "cb-input",
    rows: "1",
    maxlength: String(MAX_LENGTH),
    autocomplete: "off",
    placeholder: "Ask about jobs, pay or training",
  });
  var label = el("label", { for: "cb-input", className: "cb-visually-hidden", text: "Your message" });
  var send = el("button", { type: "submit", className: "cb-send", text: "Send" });
  var form = el("form", { className: "cb-form" }, [label, input, send]);
  var panel = el("div", {
    id: "cb-panel",
    className: "cb-panel",
    role: "dialog",
    "aria-labelledby": "cb-title",
    hidden: "",
  }, [header, notice, log, typing, status, form]);
  root.appendChild(panel);
  root.appendChild(launcher);

  function mount() {
    document.body.appendChild(root);
  }
  if (document.body) mount();
  else document.addEventListener("DOMContentLoaded", mount);

  // ---- messages --------------------------------------------------------------------------
  var transcript = load("transcript", []);

  function scrollDown() {
    log.scrollTop = log.scrollHeight;
  }

  function showMessage(item, live) {
    var bubble = el("div", { className: "cb-msg cb-" + item.from });
    bubble.appendChild(el("span", {
      className: "cb-visually-hidden",
      text: item.from === "user" ? "You said: " : "Assistant: ",
    }));
    if (item.card) {
      bubble.classList.add("cb-has-card");
      renderCard(bubble, item.card);
    } else if (item.text) renderText(bubble, item.text);
    if (item.image) bubble.appendChild(el("img", { src: item.image, alt: item.alt || "" }));
    log.appendChild(bubble);
    if (item.buttons && item.buttons.length) {
      var group = el("div", { className: "cb-choices", role: "group", "aria-label": "Choices" });
      item.buttons.forEach(function (choice) {
        var button = el("button", { type: "button", className: "cb-choice", text: choice.title });
        button.disabled = !live || item.used;
        button.addEventListener("click", function () {
          item.used = true;
          group.querySelectorAll("button").forEach(function (b) { b.disabled = true; });
          save("transcript", transcript);
          sendMessage(choice.payload, choice.title);
        });
        group.appendChild(button);
      });
      log.appendChild(group);
    }
    scrollDown();
  }

  function remember(item) {
    transcript.push(item);
    if (transcript.length > KEEP_MESSAGES) transcript = transcript.slice(-KEEP_MESSAGES);
    save("transcript", transcript);
  }

  if (!transcript.length) {
    log.appendChild(el("p", {
      className: "cb-intro",
      text: "Hi! Ask me what a job pays near you, what training it takes, or which jobs are " +
        "in demand. Tap \u201cTalk to my coach\u201d any time to reach a person.",
    }));
  }
  transcript.forEach(function (item, index) {
    // Only the newest choices can still be clicked after a reload.
    showMessage(item, index === transcript.length - 1);
  });

  // ---- typing indicator ---------------------------------------------------------------------
  var typingTimer = null;
  function setTyping(on) {
    clearTimeout(typingTimer);
    typing.textContent = on ? "The assistant is typing\u2026" : "";
    typing.classList.toggle("cb-active", on);
    // Stop waiting if nothing comes back, so the indicator never spins forever.
    if (on) typingTimer = setTimeout(function () { setTyping(false); }, 20000);
  }

  // ---- connection ---------------------------------------------------------------------------
  var sessionId = load("session", null);
  var confirmed = false;
  var pending = [];
  var socket = io(config.server, {
    transports: ["websocket"],
    reconnection: true,
    reconnectionDelayMax: 5000,
    autoConnect: false,
  });

  function metadata() {
    return { channel: "web", school_id: config.school };
  }

  function flush() {
    while (confirmed && pending.length) {
      socket.emit("user_uttered", {
        message: pending.shift(),
        session_id: sessionId,
        metadata: metadata(),
      });
    }
  }

  socket.on("connect", function () {
    confirmed = false;
    socket.emit("session_request", { session_id: sessionId });
  });
  socket.on("session_confirm", function (id) {
    sessionId = typeof id === "string" ? id : id && id.session_id;
    save("session", sessionId);
    confirmed = true;
    status.textContent = "";
    status.classList.remove("cb-active");
    flush();
  });
  socket.on("disconnect", function () {
    confirmed = false;
    setTyping(false);
    if (!panel.hidden) showStatus("Connection lost. Reconnecting\u2026");
  });
  socket.io.on("reconnect_attempt", function () {
    if (!panel.hidden) showStatus("Connection lost. Reconnecting\u2026");
  });
  socket.on("connect_error", function () {
    if (!panel.hidden) {
      showStatus("Can't reach the assistant right now. Messages you write will be sent when it's back.");
    }
  });
  socket.on("bot_uttered", function (message) {
    if (!message || typeof message !== "object") return;
    var item = { from: "bot", text: message.text || "" };
    var card = message.card;
    if (card && typeof card === "object" && CARD_TYPES[card.type] === true) item.card = card;
    var buttons = message.quick_replies || message.buttons || [];
    if (buttons.length) {
      item.buttons = buttons.map(function (b) { return { title: String(b.title), payload: String(b.payload) }; });
    }
    if (message.attachment && message.attachment.type === "image") {
      item.image = message.attachment.payload && message.attachment.payload.src;
    }
    if (!item.text && !item.image && !item.buttons) return;
    // Earlier choices can no longer be answered.
    log.querySelectorAll(".cb-choice").forEach(function (b) { b.disabled = true; });
    remember(item);
    showMessage(item, true);
    // More parts of one answer may follow; keep the indicator briefly.
    setTyping(false);
  });

  function showStatus(text) {
    status.textContent = text;
    status.classList.add("cb-active");
  }

  function sendMessage(payload, shown) {
    var text = (shown || payload).trim();
    if (!text) return;
    var item = { from: "user", text: text };
    remember(item);
    showMessage(item, true);
    pending.push(payload);
    setTyping(true);
    if (!socket.connected) socket.connect();
    flush();
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var text = input.value.trim().slice(0, MAX_LENGTH);
    // A typed "/intent{...}" would reach Rasa as a button payload; students only type words.
    var words = text.replace(/^\/+/, "").trim();
    if (!words) {
      showStatus("Type a question first, for example: how much do electricians make near me?");
      input.focus();
      return;
    }
    input.value = "";
    status.textContent = "";
    status.classList.remove("cb-active");
    sendMessage(words, text);
    input.focus();
  });
  input.addEventListener("keydown", function (event) {
    if (event.key === "Enter" && !event.shiftKey) {
      event.preventDefault();
      form.requestSubmit ? form.requestSubmit() : form.dispatchEvent(new Event("submit"));
    }
  });
  coachButton.addEventListener("click", function () {
    // The same payload as the assistant's own "Talk to my coach" buttons.
    sendMessage("/request_coach", "Talk to my coach");
  });

  // ---- open and close --------------------------------------------------------------------
  function setOpen(open, focus) {
    panel.hidden = !open;
    launcher.setAttribute("aria-expanded", String(open));
    launcher.textContent = open ? "Hide chat" : "Chat about jobs";
    root.classList.toggle("cb-open", open);
    save("open", open);
    if (open) {
      if (!socket.connected) socket.connect();
      scrollDown();
      if (focus) input.focus();
    } else if (focus) {
      launcher.focus();
    }
  }
  launcher.addEventListener("click", function () { setOpen(panel.hidden, true); });
  closeButton.addEventListener("click", function () { setOpen(false, true); });
  panel.addEventListener("keydown", function (event) {
    if (event.key === "Escape") setOpen(false, true);
  });

  if (load("open", config.open)) setOpen(true, false);
  else if (sessionId) socket.connect();
})(io, CAREERBOT_DEFAULTS);
