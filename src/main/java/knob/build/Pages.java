package knob.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import knob.lesson.Catalogue;
import knob.lesson.Lesson;
import knob.lesson.Words;

/**
 * A step of the build (run by Maven after the web files are copied, before the site is tested):
 * writes the lessons' words from the {@link Catalogue} and {@link Words} into the built site, so
 * that they are in the HTML the host sends, painted before any script runs and read without
 * JavaScript.
 *
 * <ul>
 * <li>{@code index.html}: every lesson's words, each in an {@code article#words-ID}, and the
 *     table of contents. Every lesson is served by this one file with a query string, so the
 *     host cannot choose the lesson: {@code first.js}, a few lines run before the first paint,
 *     marks the page with the link's lesson and the stylesheet shows only that lesson's words.
 *     Without JavaScript all ten lessons are shown, one after the other.</li>
 * <li>{@code first.js} and {@code style.css}: the list of lesson ids and a rule per lesson.</li>
 * <li>{@code lessons/ID.html}: one static page per lesson with its own title and description,
 *     for search engines and readers without JavaScript, leading to the live lesson.</li>
 * </ul>
 *
 * Everything is escaped as text; the words never become markup but for {@code code} elements
 * where the prose marks code with backticks.
 */
public final class Pages {
    private Pages() {
    }

    public static void main(String[] args) throws IOException {
        // (the site folder comes as the property knob.site, which the POM sets for every run of
        // exec:java; arguments could be replaced by a -Dexec.args meant for another main)
        Path site = Path.of(System.getProperty("knob.site", "target/site"));
        List<Lesson> all = Catalogue.INSTANCE.all();
        replace(site.resolve("index.html"), "<!-- toc -->", toc(all, "?lesson=", ""));
        replace(site.resolve("index.html"), "<!-- words -->", allWords(all));
        replace(site.resolve("first.js"), "LESSON_IDS", ids(all));
        replace(site.resolve("style.css"), "/* lessons */", css(all));
        // what every first visit downloads goes without its comments and indentation
        Files.writeString(site.resolve("style.css"), minifyCss(Files.readString(site.resolve("style.css"))));
        Path index = site.resolve("index.html");
        Files.writeString(index, inlineStyle(Files.readString(index, StandardCharsets.UTF_8),
                Files.readString(site.resolve("style.css"), StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
        for (String js : new String[] {"first.js", "sw.js"}) {
            Files.writeString(site.resolve(js), minifyJs(Files.readString(site.resolve(js))));
        }
        Path dir = Files.createDirectories(site.resolve("lessons"));
        for (Lesson l : all) {
            Files.writeString(dir.resolve(l.id() + ".html"), lessonPage(l, all), StandardCharsets.UTF_8);
        }
    }

    /**
     * The page with its stylesheet in a {@code style} element instead of a {@code link}, and the
     * SHA-256 of exactly that text (base64, as CSP hash sources are written) added to the
     * Content-Security-Policy's {@code style-src}: the browser applies that one stylesheet and no
     * other inline style, so the policy stays as strict, and the page's load waits for one file
     * fewer (the lab's load event, issue 14). {@code style.css} stays for the static lesson pages
     * and the 404 page.
     *
     * @throws IllegalStateException if the page has no such link or policy, or the CSS could end
     *     its element early
     */
    static String inlineStyle(String html, String css) {
        String link = "<link rel=\"stylesheet\" href=\"style.css\">";
        String policy = "style-src 'self'";
        if (!html.contains(link) || !html.contains(policy) || css.contains("</") || css.indexOf('\r') >= 0) {
            throw new IllegalStateException("index.html has no stylesheet link or style-src, or the CSS cannot be inlined");
        }
        String hash;
        try {
            hash = java.util.Base64.getEncoder().encodeToString(
                    java.security.MessageDigest.getInstance("SHA-256").digest(css.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        return html.replace(link, "<style>" + css + "</style>").replace(policy, policy + " 'sha256-" + hash + "'");
    }

    private static void replace(Path file, String marker, String text) throws IOException {
        String s = Files.readString(file, StandardCharsets.UTF_8);
        if (!s.contains(marker)) {
            throw new IllegalStateException(file + " has no " + marker);
        }
        Files.writeString(file, s.replace(marker, text), StandardCharsets.UTF_8);
    }

    /** The lesson ids, space-separated with a space at each end, for first.js. */
    static String ids(List<Lesson> all) {
        StringBuilder sb = new StringBuilder(" ");
        for (Lesson l : all) {
            sb.append(l.id()).append(' ');
        }
        return sb.toString();
    }

    /** The rules that show the marked lesson's words and mark it in the table of contents. */
    static String css(List<Lesson> all) {
        StringBuilder show = new StringBuilder();
        StringBuilder current = new StringBuilder();
        StringBuilder number = new StringBuilder();
        for (Lesson l : all) {
            String sel = "html[data-lesson=\"" + l.id() + "\"] #";
            show.append(show.length() == 0 ? "" : ",\n").append(sel).append("words-").append(l.id());
            current.append(current.length() == 0 ? "" : ",\n").append(sel).append("toc-").append(l.id());
            number.append(number.length() == 0 ? "" : ",\n").append(sel).append("toc-").append(l.id()).append("::before");
        }
        // on a phone the lessons are one row that scrolls sideways: where CSS's scroll-initial-target
        // is known it starts scrolled to the marked one (the row's scroll-padding puts it where
        // knob.js would, and knob.js then leaves it), so the row does not jump when the script starts
        return show + " { display: block; }\n" + current + " { background: var(--fg); color: var(--bg); border-color: var(--fg); }\n"
                + number + " { color: var(--bg); }\n"
                + "@media (max-width: 700px) {\n" + current + " { scroll-initial-target: nearest; }\n}\n";
    }

    static String toc(List<Lesson> all, String hrefBefore, String hrefAfter) {
        StringBuilder sb = new StringBuilder("<ol>");
        for (Lesson l : all) {
            sb.append("<li><a id=\"toc-").append(l.id()).append("\" href=\"").append(hrefBefore).append(l.id())
                    .append(hrefAfter).append("\">").append(escape(l.title())).append("</a></li>");
        }
        return sb.append("</ol>").toString();
    }

    private static String allWords(List<Lesson> all) {
        StringBuilder sb = new StringBuilder();
        for (Lesson l : all) {
            sb.append(words(l, all)).append('\n');
        }
        return sb.toString();
    }

    /** One lesson's words: kicker, heading, prose, formula, "try this". */
    static String words(Lesson l, List<Lesson> all) {
        Words w = Words.of(l.id());
        StringBuilder sb = new StringBuilder();
        sb.append("<article id=\"words-").append(l.id()).append("\" class=\"words\">\n");
        sb.append("<p class=\"kicker\">Lesson ").append(all.indexOf(l) + 1).append(" of ").append(all.size()).append("</p>\n");
        sb.append("<h1>").append(escape(l.title())).append("</h1>\n");
        for (String p : w.prose()) {
            sb.append("<p>").append(rich(p)).append("</p>\n");
        }
        sb.append("<p class=\"formula\">").append(escape(w.formula())).append("</p>\n");
        sb.append("<p class=\"try\"><strong>Try this: </strong>").append(escape(w.tryThis())).append("</p>\n");
        return sb.append("</article>").toString();
    }

    /** A lesson as a page of its own, without script, leading to the live lesson. */
    static String lessonPage(Lesson l, List<Lesson> all) {
        String title = l.title() + " · Knob";
        String description = description(l);
        int i = all.indexOf(l);
        StringBuilder pager = new StringBuilder();
        if (i > 0) {
            pager.append("<a class=\"prev\" rel=\"prev\" href=\"").append(all.get(i - 1).id()).append(".html\">← ")
                    .append(escape(all.get(i - 1).title())).append("</a>");
        }
        if (i < all.size() - 1) {
            pager.append("<a class=\"next\" rel=\"next\" href=\"").append(all.get(i + 1).id()).append(".html\">")
                    .append(escape(all.get(i + 1).title())).append(" →</a>");
        }
        return "<!DOCTYPE html>\n<html lang=\"en\" data-lesson=\"" + l.id() + "\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'self'; script-src 'none'; style-src 'self';"
                + " img-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'\">\n"
                + "<meta name=\"referrer\" content=\"no-referrer\">\n<meta name=\"color-scheme\" content=\"light dark\">\n"
                + "<title>" + escape(title) + "</title>\n"
                + "<meta name=\"description\" content=\"" + escape(description) + "\">\n"
                + "<meta property=\"og:type\" content=\"article\">\n"
                + "<meta property=\"og:title\" content=\"" + escape(title) + "\">\n"
                + "<meta property=\"og:description\" content=\"" + escape(description) + "\">\n"
                + "<meta property=\"og:site_name\" content=\"Knob\">\n"
                + "<link rel=\"icon\" href=\"../favicon.svg\" type=\"image/svg+xml\">\n"
                + "<link rel=\"stylesheet\" href=\"../style.css\">\n</head>\n<body class=\"static\">\n"
                + "<header class=\"site\">\n  <a class=\"brand\" href=\"../index.html\">Knob</a>\n"
                + "  <span class=\"tagline\">how a network learns, one weight at a time</span>\n"
                + "  <nav id=\"toc\" aria-label=\"Lessons\">" + toc(all, "", ".html") + "</nav>\n</header>\n"
                + "<main id=\"main\">\n<div id=\"prose\" class=\"prose\">\n" + words(l, all) + "\n"
                + "<p class=\"live-link\"><a href=\"../index.html?lesson=" + l.id() + "\">Play with this lesson: the live "
                + "figures, controls and transcript →</a></p>\n</div>\n"
                + "<nav class=\"pager\" aria-label=\"Previous and next lesson\">" + pager + "</nav>\n</main>\n</body>\n</html>\n";
    }

    /** The first paragraph as plain text, cut at a word near 160 characters. */
    static String description(Lesson l) {
        String p = Words.of(l.id()).prose().get(0).replace("`", "");
        if (p.length() <= 160) {
            return p;
        }
        int cut = p.lastIndexOf(' ', 155);
        return p.substring(0, cut).replaceAll("[,;:]$", "") + "…";
    }

    /**
     * A stylesheet without comments and with whitespace only where it may matter (between the
     * parts of a selector or a value); the stylesheet has no strings that contain braces.
     */
    static String minifyCss(String css) {
        StringBuilder sb = new StringBuilder(css.length());
        int i = 0;
        while (i < css.length()) {
            if (css.startsWith("/*", i)) {
                i = css.indexOf("*/", i + 2) + 2;
                continue;
            }
            char c = css.charAt(i);
            if (Character.isWhitespace(c)) {
                char last = sb.length() == 0 ? '{' : sb.charAt(sb.length() - 1);
                int j = i;
                while (j < css.length() && Character.isWhitespace(css.charAt(j))) {
                    j++;
                }
                char next = j < css.length() ? css.charAt(j) : '}';
                if ("{};,".indexOf(last) < 0 && "{};,".indexOf(next) < 0 && !css.startsWith("/*", j)) {
                    sb.append(' ');
                }
                i = j;
                continue;
            }
            sb.append(c);
            i++;
        }
        return sb.append('\n').toString();
    }

    /** A script without its whole-line comments and indentation (no line of it starts inside a string). */
    static String minifyJs(String js) {
        StringBuilder sb = new StringBuilder(js.length());
        for (String line : js.split("\n")) {
            String t = line.strip();
            if (!t.isEmpty() && !t.startsWith("//")) {
                sb.append(t).append('\n');
            }
        }
        return sb.toString();
    }

    /** Text in which `backticks` mark code. */
    static String rich(String s) {
        StringBuilder sb = new StringBuilder();
        boolean code = false;
        int start = 0;
        while (true) {
            int tick = s.indexOf('`', start);
            String part = tick < 0 ? s.substring(start) : s.substring(start, tick);
            if (!part.isEmpty()) {
                sb.append(code ? "<code>" + escape(part) + "</code>" : escape(part));
            }
            if (tick < 0) {
                return sb.toString();
            }
            code = !code;
            start = tick + 1;
        }
    }

    static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
