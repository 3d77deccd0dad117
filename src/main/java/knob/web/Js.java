package knob.web;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.canvas.CanvasRenderingContext2D;

/** The few browser calls that the typed JSO APIs do not cover. Nothing here builds markup. */
public final class Js {
    private Js() {
    }

    @JSFunctor
    public interface Callback extends JSObject {
        void call();
    }

    /** A handler of a custom event: gets the event's detail. */
    @JSFunctor
    public interface Listener extends JSObject {
        void handle(JSObject detail);
    }

    /**
     * Adds a script of this site to the page (the Content-Security-Policy allows 'self'); calls
     * {@code loaded} once it has run, or {@code failed} when it could not be loaded.
     */
    @JSBody(params = {"src", "loaded", "failed"}, script = "var s = document.createElement('script');"
            + "s.src = src; s.onload = function () { loaded(); }; s.onerror = function () { failed(); };"
            + "document.head.appendChild(s);")
    static native void loadScript(String src, Callback loaded, Callback failed);

    /** Listens to a custom event on the document (the JS surface between the page and its editor). */
    @JSBody(params = {"name", "listener"}, script = "document.addEventListener(name, function (e) { listener(e.detail); });")
    public static native void onEvent(String name, Listener listener);

    /** Dispatches a custom event on the document, with a detail (a string, or an object). */
    @JSBody(params = {"name", "detail"}, script = "document.dispatchEvent(new CustomEvent(name, {detail: detail}));")
    public static native void dispatch(String name, JSObject detail);

    /**
     * The editor's text that has not run, kept in the tab's sessionStorage under the page's link
     * (path and query), so that a reload of the link brings it back; null when none is kept or
     * the browser refuses storage.
     */
    @JSBody(script = "try { return sessionStorage.getItem('knob-edits ' + location.pathname + location.search); }"
            + " catch (e) { return null; }")
    public static native String keptEdits();

    /**
     * Keeps the text under the page's link as it is now (null: forgets what is kept there), and
     * forgets what was kept under {@code before}, a link the page has left; returns the link's
     * key. Quietly does nothing where the browser refuses storage or it is full.
     */
    @JSBody(params = {"text", "before"}, script = "var key = 'knob-edits ' + location.pathname + location.search;"
            + "try { if (before && before !== key) { sessionStorage.removeItem(before); }"
            + " if (text === null) { sessionStorage.removeItem(key); } else { sessionStorage.setItem(key, text); } }"
            + " catch (e) { } return key;")
    public static native String keepEdits(String text, String before);

    /** Calls back when the page is hidden or left (another tab, a reload, a new address). */
    @JSBody(params = "f", script = "window.addEventListener('pagehide', function () { f(); });"
            + "document.addEventListener('visibilitychange', function () {"
            + " if (document.visibilityState === 'hidden') { f(); } });")
    public static native void onHidden(Callback f);

    @JSBody(params = "s", script = "return s;")
    public static native JSObject string(String s);

    @JSBody(params = "o", script = "return typeof o === 'string' ? o : '';")
    public static native String asString(JSObject o);

    @JSBody(params = {"o", "key"}, script = "var v = o ? o[key] : undefined; return typeof v === 'number' ? v : NaN;")
    public static native double number(JSObject o, String key);

    @JSBody(params = {"o", "key"}, script = "var v = o ? o[key] : undefined; return typeof v === 'string' ? v : '';")
    public static native String text(JSObject o, String key);

    @JSBody(params = {"o", "key"}, script = "var v = o ? o[key] : undefined;"
            + "return v instanceof Float64Array ? v : new Float64Array(0);")
    public static native org.teavm.jso.typedarrays.Float64Array doubles(JSObject o, String key);

    @JSBody(params = {"ctx", "on", "off"}, script = "ctx.setLineDash(on > 0 ? [on, off] : []);")
    static native void lineDash(CanvasRenderingContext2D ctx, double on, double off);

    @JSBody(params = "query", script = "location.search = query;")
    static native void navigate(String query);

    /** The engine's lower case (String.toLowerCase would bring TeaVM's Unicode case tables, kilobytes). */
    @JSBody(params = "s", script = "return s.toLowerCase();")
    static native String lowerCase(String s);

    @JSBody(script = "return location.search;")
    static native String search();

    @JSBody(params = "query", script = "try { history.replaceState(null, '', query === '' ? location.pathname : query); }"
            + " catch (e) { }")
    static native void replaceQuery(String query);

    /** The page's address without its query or fragment. */
    @JSBody(script = "return location.href.split('#')[0].split('?')[0];")
    static native String pageAddress();

    @JSBody(params = {"text", "done"}, script = "var ok = function () { done(); };"
            + "if (navigator.clipboard && navigator.clipboard.writeText) {"
            + "  navigator.clipboard.writeText(text).then(ok, function () { });"
            + "}")
    static native void copy(String text, Callback done);

    @JSBody(params = "query", script = "return !!(window.matchMedia && window.matchMedia(query).matches);")
    static native boolean media(String query);

    @JSBody(params = {"query", "handler"}, script = "if (window.matchMedia) {"
            + " var m = window.matchMedia(query);"
            + " if (m.addEventListener) { m.addEventListener('change', function () { handler(); }); } }")
    static native void onMedia(String query, Callback handler);

    /** A colour custom property resolved to rgb(), light-dark() and the reader's theme applied. */
    @JSBody(params = "name", script = "var p = document.getElementById('knob-color-probe');"
            + "if (!p) { p = document.createElement('span'); p.id = 'knob-color-probe'; p.hidden = true;"
            + " document.body.appendChild(p); }"
            + "p.style.color = 'var(' + name + ')'; return getComputedStyle(p).color;")
    static native String cssVar(String name);

    /** The remembered theme ("light", "dark" or "" for the system's), where storage is allowed. */
    @JSBody(script = "try { return localStorage.getItem('knob-theme') || ''; } catch (e) { return ''; }")
    static native String storedTheme();

    @JSBody(params = "theme", script = "try { if (theme) { localStorage.setItem('knob-theme', theme); }"
            + " else { localStorage.removeItem('knob-theme'); } } catch (e) { }"
            + "if (theme) { document.documentElement.setAttribute('data-theme', theme); }"
            + " else { document.documentElement.removeAttribute('data-theme'); }")
    static native void applyTheme(String theme);

    /**
     * Runs a callback as a new task, after the browser has had a chance to paint and handle input.
     * A message to ourselves rather than {@code setTimeout(f, 0)}: browsers hold nested timeouts
     * back by 4 ms each, and the page's start and long runs are chains of short tasks.
     */
    public static void later(Callback f) {
        if (scheduler == null) {
            scheduler = messageScheduler();
        }
        schedule(scheduler, f);
    }

    private static JSObject scheduler;

    @JSBody(script = "var c = new MessageChannel(), q = [];"
            + "c.port1.onmessage = function () { q.shift()(); };"
            + "return function (g) { q.push(g); c.port2.postMessage(null); };")
    private static native JSObject messageScheduler();

    @JSBody(params = {"s", "f"}, script = "s(function () { f(); });")
    private static native void schedule(JSObject s, Callback f);

    @JSBody(script = "return performance.now();")
    public static native double now();

    @JSBody(params = "name", script = "if (performance.mark) { performance.mark(name); }")
    public static native void mark(String name);

    @JSBody(params = "handler", script = "window.addEventListener('resize', function () { handler(); });")
    static native void onResize(Callback handler);

    /**
     * Calls back whenever {@code devicePixelRatio} changes: a media query for the ratio of the
     * moment, renewed at each change, since a window moved to another screen or zoomed may change
     * it without a resize.
     */
    @JSBody(params = "handler", script = "if (!window.matchMedia) { return; }"
            + "var watch = function () {"
            + " var m = window.matchMedia('(resolution: ' + window.devicePixelRatio + 'dppx)');"
            + " var once = function () { m.removeEventListener('change', once); handler(); watch(); };"
            + " if (m.addEventListener) { m.addEventListener('change', once); }"
            // held from the window: a query list that nothing holds may be collected with its listener
            + " window.knobPixelRatioQuery = m; };"
            + "watch();")
    static native void onPixelRatio(Callback handler);

    @JSBody(params = {"canvas", "name"}, script = "var a = document.createElement('a');"
            + "a.download = name; a.href = canvas.toDataURL('image/png'); a.click();")
    static native void downloadPng(JSObject canvas, String name);

    @JSBody(params = {"text", "name", "type"}, script = "var a = document.createElement('a');"
            + "var url = URL.createObjectURL(new Blob([text], {type: type}));"
            + "a.download = name; a.href = url; a.click(); setTimeout(function () { URL.revokeObjectURL(url); }, 1000);")
    static native void downloadText(String text, String name, String type);

    /**
     * Scrolls a row that scrolls sideways (the lessons on a phone) so the item shows, unless the
     * stylesheet has already scrolled it there before the first paint (scroll-initial-target).
     */
    @JSBody(params = {"item", "row"}, script = "if (row.scrollLeft === 0) {"
            + " row.scrollLeft = Math.max(0, item.offsetLeft - row.offsetLeft - 16); }")
    static native void scrollIntoRow(JSObject item, JSObject row);

    @JSBody(params = {"element", "container"}, script = "var top = element.offsetTop;"
            + "var bottom = top + element.offsetHeight;"
            + "if (top < container.scrollTop) { container.scrollTop = top; }"
            + "else if (bottom > container.scrollTop + container.clientHeight) {"
            + " container.scrollTop = bottom - container.clientHeight; }")
    static native void keepVisible(JSObject element, JSObject container);
}
