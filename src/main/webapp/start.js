// Starts Knob once the compiled script has loaded (kept out of the page for the Content-Security-Policy).
main([]);
