package knob.web.editor;

import knob.params.Base64Url;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;
import org.teavm.jso.typedarrays.Int8Array;

/**
 * A program in a link: {@code code=} is its UTF-8 text compressed with raw DEFLATE (the
 * browser's CompressionStream('deflate-raw')) in base64url without padding. Reading refuses
 * what is not base64url, not DEFLATE, longer than {@link #MAX_BYTES} once inflated, or not UTF-8.
 */
final class CodeLink {
    /** The longest program a link may open, in bytes of UTF-8. */
    static final int MAX_BYTES = 100_000;

    private CodeLink() {
    }

    @JSFunctor
    interface Text extends JSObject {
        void done(String text);
    }

    /** The program's code= value, or "" where the browser cannot compress. Asynchronous. */
    static void encode(String program, Text done) {
        deflate(program, bytes -> done.done(bytes == null ? "" : Base64Url.encode(bytes.copyToJavaArray())));
    }

    /** The program in a code= value, or a plain-words reason why it cannot be read. Asynchronous. */
    static void decode(String code, Text done, Text failed) {
        byte[] bytes = Base64Url.decode(code);
        if (bytes == null) {
            failed.done("The link's program (code=) is not base64url text, so it was not opened.");
            return;
        }
        inflate(Int8Array.copyFromJavaArray(bytes), MAX_BYTES, done, why -> failed.done(why.equals("long")
                ? "The link's program (code=) is longer than " + MAX_BYTES + " bytes once inflated, so it was not opened."
                : why.equals("utf8") ? "The link's program (code=) is not UTF-8 text, so it was not opened."
                : "The link's program (code=) is not raw DEFLATE data, so it was not opened."));
    }

    @JSFunctor
    interface Bytes extends JSObject {
        void done(Int8Array bytes);
    }

    @JSBody(params = {"text", "done"}, script = "if (typeof CompressionStream !== 'function') { done(null); return; }"
            + "try {"
            + " var s = new CompressionStream('deflate-raw'), w = s.writable.getWriter();"
            + " w.write(new TextEncoder().encode(text)); w.close();"
            + " new Response(s.readable).arrayBuffer().then(function (b) { done(new Int8Array(b)); },"
            + "  function () { done(null); });"
            + "} catch (caught) { done(null); }")
    private static native void deflate(String text, Bytes done);

    @JSBody(params = {"bytes", "cap", "done", "failed"}, script = "if (typeof DecompressionStream !== 'function') {"
            + " failed('deflate'); return; }"
            + "var parts = [], total = 0, over = false, reader;"
            + "try {"
            + " var s = new DecompressionStream('deflate-raw'), w = s.writable.getWriter();"
            + " w.write(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length)).catch(function () { });"
            + " w.close().catch(function () { });"
            + " reader = s.readable.getReader();"
            + "} catch (caught) { failed('deflate'); return; }"
            + "var pump = function () {"
            + " reader.read().then(function (r) {"
            + "  if (r.done) {"
            + "   var all = new Uint8Array(total), k = 0;"
            + "   for (var i = 0; i < parts.length; i++) { all.set(parts[i], k); k += parts[i].length; }"
            + "   var text;"
            + "   try { text = new TextDecoder('utf-8', {fatal: true}).decode(all); } catch (caught) { failed('utf8'); return; }"
            + "   done(text); return;"
            + "  }"
            + "  total += r.value.length;"
            + "  if (total > cap) { reader.cancel().catch(function () { }); failed('long'); return; }"
            + "  parts.push(r.value); pump();"
            + " }, function () { failed('deflate'); });"
            + "};"
            + "pump();")
    private static native void inflate(Int8Array bytes, int cap, Text done, Text failed);
}
