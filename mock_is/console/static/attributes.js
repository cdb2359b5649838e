/* The Attributes tab: stage mappings in the "Add Attribute Mappings" modal, pick the subject, group and
   provisioning attributes, and send everything with "Update" (one PUT of the connection's claims). */
(function () {
  "use strict";
  var state = JSON.parse(document.getElementById("attribute-state").textContent);
  var form = document.getElementById("attribute-settings-form");
  var mappingModal = document.getElementById("attribute-mapping-modal");
  var provisioningModal = document.getElementById("provisioning-attribute-modal");
  var staged = [];
  var byUri = {};
  state.localClaims.forEach(function (c) { byUri[c.uri] = c; });

  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    if (text !== undefined) { node.textContent = text; }
    return node;
  }

  function item(value, label, description) {
    var node = el("div", { "class": "item", role: "option", "aria-selected": "false", "data-value": value });
    node.appendChild(el("span", { "class": "text" }, label));
    if (description) { node.appendChild(el("span", { "class": "description" }, description)); }
    return node;
  }

  function claimLabel(uri) { return byUri[uri] ? byUri[uri].displayName : uri; }

  function setDropdown(dropdown, options, value, placeholder) {
    var menu = dropdown.querySelector(".menu");
    menu.innerHTML = "";
    menu.appendChild(item("", placeholder));
    options.forEach(function (o) { menu.appendChild(item(o, o)); });
    var known = options.indexOf(value) >= 0 ? value : "";
    var chosen = menu.querySelector('[data-value="' + CSS.escape(known) + '"]');
    window.ConsoleUI.choose(dropdown, chosen);
    dropdown.classList.toggle("disabled", options.length === 0);
  }

  function renderMappings() {
    var rows = form.querySelector("[data-mapping-rows]");
    rows.innerHTML = "";
    state.mappings.forEach(function (m) {
      var tr = el("tr", { "data-testid": "attributes-selection-v2-mapped-item-" + m.idpClaim });
      tr.appendChild(el("td", {}, m.idpClaim));
      tr.appendChild(el("td", { title: m.localUri }, claimLabel(m.localUri)));
      rows.appendChild(tr);
    });
    var any = state.mappings.length > 0;
    form.querySelector("[data-when-empty]").hidden = any;
    form.querySelector("[data-when-mapped]").hidden = !any;
    var names = state.mappings.map(function (m) { return m.idpClaim; });
    var subject = form.querySelector('[data-testid$="form-element-subject"]');
    var role = form.querySelector('[data-testid$="form-element-role"]');
    setDropdown(subject, names, state.subject, "Default Subject");
    setDropdown(role, names, state.role, "Default Group");
    state.provisioning = state.provisioning.filter(function (p) { return names.indexOf(p.claim) >= 0; });
    renderProvisioning();
  }

  function renderProvisioning() {
    var rows = form.querySelector("[data-provisioning-rows]");
    rows.innerHTML = "";
    state.provisioning.forEach(function (p, i) {
      var tr = el("tr", { "data-testid": "provisioning-attribute-" + p.claim });
      tr.appendChild(el("td", {}, p.claim));
      var td = el("td");
      var input = el("input", { type: "text", value: p.defaultValue || "", placeholder: "Enter default value",
        "aria-label": "Default value of " + p.claim });
      input.addEventListener("input", function () { state.provisioning[i].defaultValue = input.value; });
      td.appendChild(input);
      tr.appendChild(td);
      rows.appendChild(tr);
    });
    var any = state.provisioning.length > 0;
    form.querySelector("[data-when-no-provisioning]").hidden = any;
    form.querySelector("[data-when-provisioning]").hidden = !any;
  }

  function renderStaged() {
    var rows = mappingModal.querySelector("[data-staged-rows]");
    rows.innerHTML = "";
    staged.forEach(function (m, i) {
      var tr = el("tr");
      tr.appendChild(el("td", {}, m.idpClaim));
      tr.appendChild(el("td", { title: m.localUri }, claimLabel(m.localUri)));
      var td = el("td");
      var remove = el("button", { type: "button", "class": "ui mini basic button", "aria-label": "Remove " + m.idpClaim }, "Remove");
      remove.addEventListener("click", function () { staged.splice(i, 1); renderStaged(); });
      td.appendChild(remove);
      tr.appendChild(td);
      rows.appendChild(tr);
    });
    mappingModal.querySelector("[data-save-mappings]").disabled = staged.length === 0;
  }

  var external = mappingModal.querySelector('input[name="mappedValue"]');
  var local = mappingModal.querySelector('input[name="localClaimId"]');
  var addButton = mappingModal.querySelector("[data-add-mapping]");
  var localDropdown = mappingModal.querySelector("[data-local-claims]");

  function refreshAdd() { addButton.disabled = !(external.value.trim() && local.value); }

  function openMappingModal() {
    staged = state.mappings.map(function (m) { return { idpClaim: m.idpClaim, localUri: m.localUri }; });
    external.value = "";
    var menu = localDropdown.querySelector(".menu");
    menu.innerHTML = "";
    state.localClaims.forEach(function (c) { menu.appendChild(item(c.id, c.displayName, c.uri)); });
    local.value = "";
    localDropdown.querySelector(".text").textContent = "Select mapping attribute";
    localDropdown.querySelector(".text").classList.add("default");
    refreshAdd(); renderStaged();
    mappingModal.classList.add("visible");
    external.focus();
  }

  function addStaged() {
    var name = external.value.trim();
    var claim = state.localClaims.filter(function (c) { return c.id === local.value; })[0];
    if (!name || !claim) { return; }
    staged = staged.filter(function (m) { return m.idpClaim !== name; });
    staged.push({ idpClaim: name, localUri: claim.uri });
    external.value = "";
    refreshAdd(); renderStaged();
  }

  function openProvisioningModal() {
    var box = provisioningModal.querySelector("[data-provisioning-options]");
    box.innerHTML = "";
    var chosen = state.provisioning.map(function (p) { return p.claim; });
    state.mappings.forEach(function (m, i) {
      var wrap = el("div", { "class": "ui checkbox", "data-testid": "provisioning-attribute-option-" + m.idpClaim });
      var input = el("input", { "class": "hidden", type: "checkbox", id: "prov-opt-" + i, value: m.idpClaim });
      input.checked = chosen.indexOf(m.idpClaim) >= 0;
      wrap.appendChild(input);
      wrap.appendChild(el("label", { "for": "prov-opt-" + i }, m.idpClaim + " (" + claimLabel(m.localUri) + ")"));
      box.appendChild(wrap);
    });
    if (!state.mappings.length) { box.appendChild(el("p", {}, "Add attribute mappings first.")); }
    provisioningModal.classList.add("visible");
  }

  function saveProvisioning() {
    var old = {};
    state.provisioning.forEach(function (p) { old[p.claim] = p.defaultValue; });
    state.provisioning = [];
    provisioningModal.querySelectorAll("input[type=checkbox]:checked").forEach(function (i) {
      state.provisioning.push({ claim: i.value, defaultValue: old[i.value] || "" });
    });
    provisioningModal.classList.remove("visible");
    renderProvisioning();
  }

  function hidden(name, value) { return el("input", { type: "hidden", name: name, value: value }); }

  form.addEventListener("submit", function () {
    var box = form.querySelector("[data-hidden-fields]");
    box.innerHTML = "";
    state.mappings.forEach(function (m) {
      box.appendChild(hidden("mapping_idp", m.idpClaim));
      box.appendChild(hidden("mapping_local", m.localUri));
    });
    state.provisioning.forEach(function (p) {
      box.appendChild(hidden("prov_claim", p.claim));
      box.appendChild(hidden("prov_default", p.defaultValue || ""));
    });
  });
  form.addEventListener("dropdown-change", function (ev) {
    var name = ev.target.querySelector("input[type=hidden]").name;
    if (name === "subject" || name === "role") { state[name] = ev.detail; }
  });
  form.querySelector("[data-mapping-search]").addEventListener("input", function (ev) {
    var q = ev.target.value.toLowerCase();
    form.querySelectorAll("[data-mapping-rows] tr").forEach(function (tr) {
      tr.hidden = q !== "" && tr.textContent.toLowerCase().indexOf(q) < 0;
    });
  });
  form.querySelectorAll("[data-open-mapping-modal]").forEach(function (b) { b.addEventListener("click", openMappingModal); });
  form.querySelectorAll("[data-open-provisioning-modal]").forEach(function (b) { b.addEventListener("click", openProvisioningModal); });
  external.addEventListener("input", refreshAdd);
  localDropdown.addEventListener("dropdown-change", refreshAdd);
  addButton.addEventListener("click", addStaged);
  mappingModal.querySelector("[data-save-mappings]").addEventListener("click", function () {
    state.mappings = staged;
    mappingModal.classList.remove("visible");
    renderMappings();
  });
  provisioningModal.querySelector("[data-save-provisioning]").addEventListener("click", saveProvisioning);
  renderMappings();
})();
