package knob.web.editor;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;

/**
 * A program in a link: {@code code=} is its UTF-8 text compressed with raw DEFLATE (the
 * browser's CompressionStream('deflate-raw')) in base64url without padding. Reading refuses
 * what is not base64url, not DEFLATE, longer than {@link #MAX_BYTES} once inflated, or not UTF-8.
 * The bytes go to and from base64url with the engine's btoa and atob, read as params.Base64Url
 * reads them (its 64 characters only, no length of 4n + 1, unused low bits ignored): in Java the
 * codec and the copies of byte arrays between Java and the engine would cost this script bytes.
 * Local names in the scripts have more than one letter: TeaVM renames the parameters to single
 * letters, which a one-letter local would hide.
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

    /** The length of {@code text} in bytes of UTF-8 (a lone surrogate counts 3, as the encoder's U+FFFD). */
    static int utf8Length(String text) {
        int n = 0;
        for (int at = 0; at < text.length(); at++) {
            char c = text.charAt(at);
            if (c < 0x80) {
                n += 1;
            } else if (c < 0x800) {
                n += 2;
            } else if (c >= 0xd800 && c <= 0xdbff && at + 1 < text.length() && text.charAt(at + 1) >= 0xdc00
                    && text.charAt(at + 1) <= 0xdfff) {
                n += 4;
                at++;
            } else {
                n += 3;
            }
        }
        return n;
    }

    /** The program's code= value, or "" where the browser cannot compress. Asynchronous. */
    static void encode(String program, Text done) {
        deflate(program, done);
    }

    /** The program in a code= value, or a plain-words reason why it cannot be read. Asynchronous. */
    static void decode(String code, Text done, Text failed) {
        // in the words of the link's own notices (params.Link), whichever part finds the fault
        inflate(code, MAX_BYTES, done, why -> failed.done("code " + (why.equals("base64") ? "is not base64url text"
                : why.equals("long") ? "is longer than " + MAX_BYTES + " bytes once inflated"
                : why.equals("utf8") ? "is not UTF-8 text" : "is not raw DEFLATE data") + ": the program was not opened."));
    }

    @JSBody(params = {"text", "done"}, script = "if (typeof CompressionStream !== 'function') { done(''); return; }"
            + "try {"
            + " var s = new CompressionStream('deflate-raw'), w = s.writable.getWriter();"
            + " w.write(new TextEncoder().encode(text)); w.close();"
            + " new Response(s.readable).arrayBuffer().then(function (buf) {"
            + "  var u8 = new Uint8Array(buf), bin = '', out = '', ch, at;"
            + "  for (at = 0; at < u8.length; at++) { bin += String.fromCharCode(u8[at]); }"
            + "  bin = btoa(bin);"
            + "  for (at = 0; at < bin.length; at++) {"
            + "   ch = bin.charAt(at); if (ch !== '=') { out += ch === '+' ? '-' : ch === '/' ? '_' : ch; } }"
            + "  done(out); },"
            + "  function () { done(''); });"
            + "} catch (caught) { done(''); }")
    private static native void deflate(String text, Text done);

    @JSBody(params = {"code", "cap", "done", "failed"}, script = "var b64 = '', ch, at;"
            + "for (at = 0; at < code.length; at++) { ch = code.charAt(at);"
            + " if (!(ch >= 'A' && ch <= 'Z' || ch >= 'a' && ch <= 'z' || ch >= '0' && ch <= '9' || ch === '-' || ch === '_')) {"
            + "  failed('base64'); return; }"
            + " b64 += ch === '-' ? '+' : ch === '_' ? '/' : ch; }"
            + "if (code.length % 4 === 1) { failed('base64'); return; }"
            + "var bin = atob(b64), bytes = new Uint8Array(bin.length);"
            + "for (at = 0; at < bin.length; at++) { bytes[at] = bin.charCodeAt(at); }"
            + "if (typeof DecompressionStream !== 'function') { failed('deflate'); return; }"
            + "var parts = [], total = 0, reader;"
            + "try {"
            + " var s = new DecompressionStream('deflate-raw'), w = s.writable.getWriter();"
            + " w.write(bytes).catch(function () { });"
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
    private static native void inflate(String code, int cap, Text done, Text failed);
}
