() => {
  // A click on an inline [n] link (href "#cite-<message>-<n>") opens that source in the panel.
  document.addEventListener("click", (event) => {
    const link = event.target.closest ? event.target.closest('a[href*="#cite-"]') : null;
    if (!link) return;
    event.preventDefault();
    event.stopPropagation();
    const m = link.getAttribute("href").match(/#cite-(\d+)-(\d+)/);
    if (!m) return;
    const box = document.querySelector("#tipbot-cite-input textarea, #tipbot-cite-input input");
    const button = document.querySelector("#tipbot-cite-btn");
    if (!box || !button) return;
    box.value = `${m[1]}:${m[2]}`;
    box.dispatchEvent(new Event("input", { bubbles: true }));
    setTimeout(() => button.click(), 60);
  }, true);
}
