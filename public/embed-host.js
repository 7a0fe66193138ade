// The host side of the embed protocol, as the "Embed code" snippet gives it (see README, "Embedding").
// Each iframe marked data-kimi-calculator grows and shrinks with its content. Only messages whose
// source is that iframe's window, with the expected type and a sane height, are accepted.
(() => {
  const frames = () => Array.from(document.querySelectorAll('iframe[data-kimi-calculator]'));

  window.addEventListener('message', (event) => {
    const data = event.data;
    if (data?.type !== 'kimi-calculator:height') return;
    const height = Number(data.height);
    if (!Number.isFinite(height) || height <= 0 || height >= 20000) return;
    for (const frame of frames()) {
      if (event.source === frame.contentWindow) frame.style.height = `${Math.ceil(height)}px`;
    }
  });
})();
