// Knob's service worker: after the first visit the site works offline. Every request for one of
// the site's own files is answered from the cache at once and refreshed from the network behind it
// (stale-while-revalidate), so a new version shows on the next visit. Nothing from another origin
// is ever fetched or cached.
// (the page carries its stylesheet inside it)
var CACHE = 'knob-v3';
var FILES = ['first.js', 'knob.js'];

// A lesson's link differs only in its query: the page itself is one file, kept under its folder.
function pageKey(url) {
  var p = url.pathname;
  return p.endsWith('/') || p.endsWith('/index.html') ? new Request(p.replace(/index\.html$/, '')) : null;
}

// What the first visit has just loaded comes from the browser's own cache (force-cache), not again
// from the network: the files, and the page under its key, taken from the open tabs' addresses.
self.addEventListener('install', function (event) {
  event.waitUntil(caches.open(CACHE).then(function (cache) {
    return cache.addAll(FILES.map(function (f) { return new Request(f, {cache: 'force-cache'}); }));
  }));
  self.skipWaiting();
});

self.addEventListener('activate', function (event) {
  event.waitUntil(caches.keys().then(function (keys) {
    return Promise.all(keys.filter(function (k) { return k !== CACHE; }).map(function (k) { return caches.delete(k); }));
  }).then(function () {
    return Promise.all([caches.open(CACHE), self.clients.matchAll({type: 'window', includeUncontrolled: true})]);
  }).then(function (both) {
    return Promise.all(both[1].map(function (client) {
      var url = new URL(client.url), key = pageKey(url);
      if (url.origin !== self.location.origin || !key) { return null; }
      return fetch(new Request(client.url, {cache: 'force-cache'})).then(function (response) {
        return response.ok ? both[0].put(key, response) : null;
      }).catch(function () { });
    }));
  }).then(function () { return self.clients.claim(); }));
});

self.addEventListener('fetch', function (event) {
  var url = new URL(event.request.url);
  if (event.request.method !== 'GET' || url.origin !== self.location.origin) {
    return;
  }
  var key = pageKey(url) || event.request;
  event.respondWith(caches.open(CACHE).then(function (cache) {
    return cache.match(key).then(function (cached) {
      // by address, not the page's own request: a page that navigates away aborts its requests
      // (its icon, say), and the worker would then answer with nothing, an error in the console
      var fresh = fetch(url.href).then(function (response) {
        if (response.ok) { cache.put(key, response.clone()); }
        return response;
      }).catch(function () { return cached || Response.error(); });
      return cached || fresh;
    });
  }));
});
