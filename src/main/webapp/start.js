// Starts Knob in a task of its own once the compiled script has loaded
// (kept out of the page for the Content-Security-Policy).
setTimeout(function () { main([]); }, 0);
