// personae viewer: select a person to highlight their mentions; follow links to a place in the text.
(function () {
  "use strict";
  const text = document.getElementById("text");
  const panel = document.getElementById("selection");
  let selected = null;
  let mentions = [];
  let current = -1;

  function byEntity(id) {
    return Array.from(document.querySelectorAll('[data-e="' + CSS.escape(id) + '"]'));
  }

  function clear() {
    document.querySelectorAll(".sel, .current").forEach(el => el.classList.remove("sel", "current"));
    document.body.classList.remove("selecting");
    selected = null;
    mentions = [];
    current = -1;
    if (panel) panel.hidden = true;
  }

  function select(id) {
    if (selected === id) { clear(); return; }
    clear();
    selected = id;
    const all = byEntity(id);
    all.forEach(el => el.classList.add("sel"));
    mentions = text ? all.filter(el => text.contains(el)) : [];
    document.body.classList.add("selecting");
    if (!panel) return;
    const button = document.querySelector('button.who[data-e="' + CSS.escape(id) + '"]');
    const first = mentions[0];
    const name = button ? button.dataset.name : (first ? first.title : id);
    document.getElementById("sel-name").textContent = name;
    document.getElementById("sel-count").textContent =
      mentions.length + (mentions.length === 1 ? " mention" : " mentions");
    const link = document.getElementById("sel-link");
    if (button) { link.href = button.dataset.href; link.hidden = false; } else { link.hidden = true; }
    panel.hidden = false;
  }

  function step(by) {
    if (!mentions.length) return;
    if (current >= 0) mentions[current].classList.remove("current");
    current = (current + by + mentions.length) % mentions.length;
    const el = mentions[current];
    el.classList.add("current");
    el.scrollIntoView({ block: "center", behavior: "smooth" });
  }

  document.addEventListener("click", event => {
    const target = event.target.closest(".m[data-e], button.who[data-e]");
    if (!target || target.closest(".key")) return;
    event.preventDefault();
    select(target.dataset.e);
  });
  document.addEventListener("keydown", event => {
    if (event.key === "Escape") clear();
    if (selected && (event.key === "j" || event.key === "k")) step(event.key === "j" ? 1 : -1);
  });
  [["sel-next", 1], ["sel-prev", -1]].forEach(([id, by]) => {
    const button = document.getElementById(id);
    if (button) button.addEventListener("click", () => step(by));
  });
  const clearButton = document.getElementById("sel-clear");
  if (clearButton) clearButton.addEventListener("click", clear);

  // #at-OFFSET: the paragraph that holds that character; #q-ID: a quotation.
  function goToHash() {
    if (!text) return;
    const hash = decodeURIComponent(location.hash.slice(1));
    let target = null;
    const at = /^at-(\d+)$/.exec(hash);
    if (at) {
      const offset = Number(at[1]);
      target = Array.from(text.querySelectorAll("[data-start]")).find(
        el => Number(el.dataset.start) <= offset && offset < Math.max(Number(el.dataset.end), Number(el.dataset.start) + 1));
    } else if (hash) {
      target = document.getElementById(hash);
    }
    if (target) {
      target.scrollIntoView({ block: "center" });
      target.classList.remove("flash");
      void target.offsetWidth;
      target.classList.add("flash");
    }
  }
  window.addEventListener("hashchange", goToHash);
  goToHash();
})();
