// Adds the calculator's host script four seconds after this page loaded.
const placeholder = document.currentScript;
setTimeout(() => {
  const script = document.createElement('script');
  script.src = placeholder.dataset.script;
  document.body.append(script);
}, 4000);
