/* The application edit page: hash tabs (#tab=<index>, #sign-in-method) and the visual login-flow
   editor, whose "Update" posts the whole authentication sequence. */
(function () {
  "use strict";

  var tabs = document.querySelector("[data-hash-tabs]");
  function showTab() {
    var hash = window.location.hash || "";
    var items = tabs.querySelectorAll(".menu .item");
    var index = 0;
    var match = /tab=(\d+)/.exec(hash);
    if (hash.indexOf("sign-in-method") >= 0) {
      index = Number(tabs.querySelector("[data-sign-in-method]").getAttribute("data-tab-index"));
    } else if (match && Number(match[1]) < items.length) {
      index = Number(match[1]);
    }
    items.forEach(function (a, i) { a.classList.toggle("active", i === index); });
    tabs.querySelectorAll("[data-pane-index]").forEach(function (p, i) { p.hidden = i !== index; });
  }
  window.addEventListener("hashchange", showTab);
  showTab();

  var stateNode = document.getElementById("login-flow-state");
  if (!stateNode) { return; }
  var editor = JSON.parse(stateNode.textContent);
  var seq = editor.sequence;
  var steps = seq.steps.map(function (s) { return s.options.map(function (o) { return { idp: o.idp, authenticator: o.authenticator }; }); });
  var subjectStep = seq.subjectStepId || 1;
  var attributeStep = seq.attributeStepId || 1;
  var canvas = document.querySelector("[data-flow-steps]");
  var modal = document.getElementById("add-authenticator-modal-dimmer");
  var targetStep = 0;

  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    if (text !== undefined) { node.textContent = text; }
    return node;
  }

  function optionLabel(o) {
    if (o.idp === "LOCAL" && o.authenticator === "BasicAuthenticator") { return "Username & Password"; }
    if (o.idp === "LOCAL") { return o.authenticator; }
    return /^sign in with/i.test(o.idp) ? o.idp : "Sign In With " + o.idp;
  }

  function renderOption(o, s, i) {
    var row = el("div", { "class": "sign-in-option-row" });
    var basic = o.idp === "LOCAL" && o.authenticator === "BasicAuthenticator";
    var box = el(basic ? "div" : "button", { "class": basic ? "basic-auth-preview" : "ui button oxygen-sign-in-option",
      type: "button", "data-option": o.idp + ":" + o.authenticator });
    if (basic) {
      box.appendChild(el("div", { "class": "fake-input" }, "Username"));
      box.appendChild(el("div", { "class": "fake-input" }, "Password"));
      box.appendChild(el("div", { "class": "fake-button" }, "Sign In"));
      box.setAttribute("aria-label", "Username & Password");
    } else {
      box.textContent = optionLabel(o);
    }
    var remove = el("button", { type: "button", "class": "remove-option", "aria-label": "Remove " + optionLabel(o) }, "\u00d7");
    remove.addEventListener("click", function () { steps[s].splice(i, 1); render(); });
    row.appendChild(box); row.appendChild(remove);
    return row;
  }

  function renderStep(options, s) {
    var id = "sign-in-box-node-step-" + s;
    var box = el("div", { "class": "sign-in-box", "data-componentid": id });
    var head = el("div", { "class": "sign-in-box-head" });
    head.appendChild(el("span", { "class": "step-label", "data-componentid": id + "-id" }, "Step " + (s + 1)));
    if (s > 0) {
      var drop = el("button", { type: "button", "class": "remove-step", "aria-label": "Remove Step " + (s + 1),
        "data-componentid": id + "-remove-button" }, "\u00d7");
      drop.addEventListener("click", function () { steps.splice(s, 1); clampSteps(); render(); });
      head.appendChild(drop);
    }
    box.appendChild(head);
    options.forEach(function (o, i) {
      if (i > 0) { box.appendChild(el("div", { "class": "or-divider" }, "OR")); }
      box.appendChild(renderOption(o, s, i));
    });
    if (!options.length) { box.appendChild(el("p", { "class": "hint" }, "Add at least one sign-in option to this step.")); }
    var add = el("button", { type: "button", "class": "ui basic button add-option",
      "data-componentid": "sign-in-box-node-add-sign-in-option" }, "+ Add Sign In Option");
    add.addEventListener("click", function () { openModal(s); });
    box.appendChild(add);
    return box;
  }

  function clampSteps() {
    subjectStep = Math.min(subjectStep, steps.length);
    attributeStep = Math.min(attributeStep, steps.length);
  }

  function render() {
    canvas.innerHTML = "";
    canvas.appendChild(el("div", { "class": "flow-node start-node" }, "Start"));
    steps.forEach(function (options, s) {
      canvas.appendChild(el("div", { "class": "flow-edge" }));
      canvas.appendChild(renderStep(options, s));
    });
    canvas.appendChild(el("div", { "class": "flow-edge" }));
    var addStep = el("button", { type: "button", "class": "ui circular basic button add-step",
      "data-componentid": "authentication-flow-visual-editor-add-step-button", "aria-label": "Add Sign In Step" }, "+");
    addStep.addEventListener("click", function () { steps.push([]); render(); });
    canvas.appendChild(addStep);
    canvas.appendChild(el("div", { "class": "flow-edge" }));
    canvas.appendChild(el("div", { "class": "flow-node end-node" }, "Done"));
    var valid = steps.length > 0 && steps.every(function (s) { return s.length > 0; });
    document.querySelector("[data-update-flow]").disabled = !valid;
  }

  function openModal(s) {
    targetStep = s;
    var cards = modal.querySelector("[data-authenticator-cards]");
    cards.innerHTML = "";
    var present = steps[s].map(function (o) { return o.idp + ":" + o.authenticator; });
    editor.available.filter(function (a) { return present.indexOf(a.idp + ":" + a.authenticator) < 0; }).forEach(function (a) {
      var card = el("div", { "class": "ui card info-card", role: "button", tabindex: "0", "aria-pressed": "false",
        "data-testid": "add-authenticator-modal-authenticators-authenticator-" + a.name });
      card.appendChild(el("div", { "class": "header" }, a.label));
      card.appendChild(el("div", { "class": "description" }, a.kind));
      card.addEventListener("click", function () {
        var on = !card.classList.contains("selected");
        card.classList.toggle("selected", on);
        card.setAttribute("aria-pressed", on ? "true" : "false");
        card.selectedOption = on ? a : null;
        modal.querySelector("[data-add-selected]").disabled = !cards.querySelector(".selected");
      });
      card.selectedOption = null;
      cards.appendChild(card);
    });
    modal.querySelector("[data-authenticator-search]").value = "";
    modal.querySelector("[data-add-selected]").disabled = true;
    modal.classList.add("visible");
  }

  modal.querySelector("[data-authenticator-search]").addEventListener("input", function (ev) {
    var q = ev.target.value.toLowerCase();
    modal.querySelectorAll(".info-card").forEach(function (c) { c.hidden = q !== "" && c.textContent.toLowerCase().indexOf(q) < 0; });
  });
  modal.querySelector("[data-add-selected]").addEventListener("click", function () {
    modal.querySelectorAll(".info-card.selected").forEach(function (c) {
      steps[targetStep].push({ idp: c.selectedOption.idp, authenticator: c.selectedOption.authenticator });
    });
    modal.classList.remove("visible");
    render();
  });

  function submit(sequence) {
    var form = document.getElementById("login-flow-form");
    form.querySelector("input[name=sequence]").value = JSON.stringify(sequence);
    form.submit();
  }
  document.querySelector("[data-update-flow]").addEventListener("click", function () {
    submit({ type: "USER_DEFINED", subjectStepId: subjectStep, attributeStepId: attributeStep, script: seq.script || "",
      steps: steps.map(function (options, s) { return { id: s + 1, options: options }; }) });
  });
  document.querySelector("[data-revert-flow]").addEventListener("click", function () { submit({ type: "DEFAULT" }); });
  render();
})();
