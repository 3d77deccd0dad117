// Runs before the first paint (a small script in <head>; the Content-Security-Policy allows no
// inline script). Every lesson is this one page with a query string, so only here can the page
// learn which lesson the link opens: it marks <html> with it, and the stylesheet shows that lesson's
// words (all ten are in the HTML) and keeps the live parts hidden until knob.js has built and drawn
// them, so nothing moves once painted. knob.js reads the link properly; the build writes the ids.
// Once the page has loaded, it fetches knob.js and starts it in a task of its own, then the service
// worker (offline after the first visit, over HTTP). The load event so waits only for the words and
// the stylesheet, not for the script to be fetched, compiled and run; and the worker, which caches
// knob.js, asks for it only once the page has it.
(function () {
  // the link's keys and values as knob.js reads them (knob.params.Query: '+' is a space, broken
  // escapes stay as typed, the first of a repeated key counts)
  var root = document.documentElement, link = new URLSearchParams(location.search);
  var lesson = link.get('lesson'), hide = link.get('hide');
  root.setAttribute('data-lesson', 'LESSON_IDS'.indexOf(' ' + lesson + ' ') >= 0 ? lesson : 'lab');
  root.className += ' js';
  if (link.get('embed') === '1') { root.className += ' embed'; }
  if (link.get('lock') === '1') { root.className += ' locked'; }
  if (hide) { root.setAttribute('data-hide', hide.split(',').join(' ')); }
  try {
    var theme = localStorage.getItem('knob-theme');
    if (theme) { root.setAttribute('data-theme', theme); }
  } catch (e) { }
  addEventListener('load', function () {
    var script = document.createElement('script');
    script.src = 'knob.js';
    script.onload = function () {
      if (typeof main === 'function') { setTimeout(function () { main([]); }, 0); }
      if ('serviceWorker' in navigator && location.protocol.indexOf('http') === 0) {
        navigator.serviceWorker.register('sw.js').catch(function () { });
      }
    };
    document.body.appendChild(script);
  });
})();
