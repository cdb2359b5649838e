/* Small behaviours of the Console pages: semantic-style dropdowns, checkboxes, modals, secret toggles
   and selection cards. No framework; every form still posts plainly to the server. */
(function () {
  "use strict";

  function closeDropdowns(except) {
    document.querySelectorAll(".ui.dropdown.active").forEach(function (d) {
      if (d !== except) { d.classList.remove("active", "visible"); d.setAttribute("aria-expanded", "false"); }
    });
  }

  function itemText(item) {
    var t = item.querySelector(".text");
    return (t ? t.textContent : item.textContent).trim();
  }

  function choose(dropdown, item) {
    var hidden = dropdown.querySelector("input[type=hidden]");
    var text = dropdown.querySelector(".text");
    hidden.value = item.getAttribute("data-value");
    text.textContent = itemText(item);
    text.classList.toggle("default", hidden.value === "");
    dropdown.querySelectorAll(".menu .item").forEach(function (i) {
      var on = i === item;
      i.classList.toggle("selected", on); i.classList.toggle("active", on);
      i.setAttribute("aria-selected", on ? "true" : "false");
    });
    var search = dropdown.querySelector("input.search");
    if (search) { search.value = ""; filter(dropdown, ""); }
    closeDropdowns(null);
    dropdown.dispatchEvent(new CustomEvent("dropdown-change", { bubbles: true, detail: hidden.value }));
  }

  function filter(dropdown, query) {
    var q = query.trim().toLowerCase();
    dropdown.querySelectorAll(".menu .item").forEach(function (i) {
      i.hidden = q !== "" && i.textContent.toLowerCase().indexOf(q) < 0;
    });
    var text = dropdown.querySelector(".text");
    if (text) { text.classList.toggle("filtered", q !== ""); }
  }

  function onDropdownClick(ev, dropdown) {
    var item = ev.target.closest(".menu .item");
    if (item) { choose(dropdown, item); return; }
    if (dropdown.classList.contains("disabled")) { return; }
    var open = dropdown.classList.contains("active");
    if (open && ev.target.matches("input.search")) { return; }
    closeDropdowns(dropdown);
    dropdown.classList.toggle("active", !open); dropdown.classList.toggle("visible", !open);
    dropdown.setAttribute("aria-expanded", open ? "false" : "true");
    var search = dropdown.querySelector("input.search");
    if (!open && search) { search.focus(); }
  }

  function onCardClick(card) {
    var form = card.closest("form");
    form.querySelectorAll(".selection-info-card").forEach(function (c) { c.classList.remove("selected"); });
    card.classList.add("selected");
    form.querySelector("[data-selection-value]").value = card.getAttribute("data-select-value");
    form.querySelector("[data-selection-submit]").disabled = false;
  }

  function onToggleSecret(button) {
    var input = document.getElementById(button.getAttribute("data-toggle-secret"));
    var show = input.type === "password";
    input.type = show ? "text" : "password";
    button.textContent = show ? "Hide" : "Show";
    button.setAttribute("aria-label", show ? "Hide Secret" : "Show Secret");
  }

  function onCopy(button) {
    var input = document.getElementById(button.getAttribute("data-copy"));
    input.select();
    if (navigator.clipboard && window.isSecureContext) { navigator.clipboard.writeText(input.value).catch(function () {}); }
    button.textContent = "Copied";
  }

  document.addEventListener("click", function (ev) {
    var t = ev.target;
    var dropdown = t.closest(".ui.dropdown");
    if (dropdown) { onDropdownClick(ev, dropdown); return; }
    closeDropdowns(null);
    var opener = t.closest("[data-open-modal]");
    if (opener) { document.getElementById(opener.getAttribute("data-open-modal")).classList.add("visible"); return; }
    var closer = t.closest("[data-close-modal]");
    if (closer) { closer.closest(".modals").classList.remove("visible"); return; }
    var card = t.closest(".selection-info-card");
    if (card) { onCardClick(card); return; }
    var secret = t.closest("[data-toggle-secret]");
    if (secret) { onToggleSecret(secret); return; }
    var copy = t.closest("[data-copy]");
    if (copy) { onCopy(copy); return; }
    var box = t.closest(".ui.checkbox");
    if (box && !t.closest("label") && !t.matches("input")) { box.querySelector("input").click(); }
  });

  document.addEventListener("input", function (ev) {
    if (ev.target.matches(".ui.dropdown input.search")) {
      var dropdown = ev.target.closest(".ui.dropdown");
      dropdown.classList.add("active", "visible");
      filter(dropdown, ev.target.value);
    }
  });

  document.addEventListener("keydown", function (ev) {
    if (ev.key === "Escape") {
      closeDropdowns(null);
      document.querySelectorAll(".modals.visible[data-escape-closes]").forEach(function (m) { m.classList.remove("visible"); });
    }
    var card = ev.target.closest && ev.target.closest(".selection-info-card, .template-card");
    if (card && (ev.key === "Enter" || ev.key === " ")) { ev.preventDefault(); card.click(); }
  });

  window.ConsoleUI = { choose: choose, filter: filter, itemText: itemText };
})();
