// Starts Knob in a task of its own once the compiled script has loaded
// (kept out of the page for the Content-Security-Policy).
setTimeout(function () { main([]); }, 0);

// Offline after the first visit, where the browser allows service workers (not from file://).
if ('serviceWorker' in navigator && location.protocol.indexOf('http') === 0) {
  navigator.serviceWorker.register('sw.js').catch(function () { });
}
