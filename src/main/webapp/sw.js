// Knob's service worker: after the first visit the site works offline. Every request for one of
// the site's own files is answered from the cache at once and refreshed from the network behind it
// (stale-while-revalidate), so a new version shows on the next visit. Nothing from another origin
// is ever fetched or cached.
var CACHE = 'knob-v1';
var FILES = ['./', 'index.html', 'style.css', 'knob.js', 'start.js', 'favicon.svg'];

self.addEventListener('install', function (event) {
  event.waitUntil(caches.open(CACHE).then(function (cache) { return cache.addAll(FILES); }));
  self.skipWaiting();
});

self.addEventListener('activate', function (event) {
  event.waitUntil(caches.keys().then(function (keys) {
    return Promise.all(keys.filter(function (k) { return k !== CACHE; }).map(function (k) { return caches.delete(k); }));
  }).then(function () { return self.clients.claim(); }));
});

self.addEventListener('fetch', function (event) {
  var url = new URL(event.request.url);
  if (event.request.method !== 'GET' || url.origin !== self.location.origin) {
    return;
  }
  // A lesson's link differs only in its query: the page itself is the same file.
  var key = url.pathname.endsWith('/') || url.pathname.endsWith('/index.html')
      ? new Request(url.pathname.endsWith('/') ? url.pathname : url.pathname.replace(/index\.html$/, ''))
      : event.request;
  event.respondWith(caches.open(CACHE).then(function (cache) {
    return cache.match(key).then(function (cached) {
      var fresh = fetch(event.request).then(function (response) {
        if (response.ok) { cache.put(key, response.clone()); }
        return response;
      }).catch(function () { return cached; });
      return cached || fresh;
    });
  }));
});
