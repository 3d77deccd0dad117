package knob.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import knob.lesson.Catalogue;
import knob.lesson.Lesson;
import knob.lesson.Words;
import org.junit.jupiter.api.Test;

/**
 * The words come before the script: with JavaScript turned off, a lesson's link still shows its
 * heading, prose, formula and "try this" (index.html holds all ten lessons, one after another),
 * and each lesson's own static page shows just that lesson, with its title and description for
 * search engines, and a link to the live lesson.
 */
class NoScriptIT extends BrowserTest {

    private static BrowserContext noScript() {
        return browser.newContext(new Browser.NewContextOptions().setJavaScriptEnabled(false).setViewportSize(1280, 900));
    }

    /** The first sentence of a paragraph as the page shows it (backticks become code elements). */
    private static String opening(String paragraph) {
        String plain = paragraph.replace("`", "");
        return plain.substring(0, Math.min(60, plain.length()));
    }

    @Test
    void everyLessonLinkShowsItsWordsWithoutJavaScript() {
        try (BrowserContext c = noScript()) {
            Page page = c.newPage();
            for (Lesson l : Catalogue.INSTANCE.all()) {
                page.navigate(server.url() + "?lesson=" + l.id());
                String article = "#words-" + l.id();
                assertTrue(page.isVisible(article + " h1"), l.id());
                assertEquals(l.title(), page.textContent(article + " h1"));
                Words w = Words.of(l.id());
                String text = page.innerText(article);
                for (String p : w.prose()) {
                    assertTrue(text.contains(opening(p)), l.id() + ": " + opening(p));
                }
                assertTrue(text.contains(w.tryThis()), l.id());
                assertTrue(page.isVisible(article + " .formula"), l.id());
                assertTrue(page.isVisible("noscript, .noscript") || page.content().contains("class=\"noscript\""));
            }
            // the live parts, which need the script, are not shown empty
            assertTrue(!page.isVisible("#playback") && !page.isVisible("#transcript-section"));
        }
    }

    @Test
    void eachLessonHasAStaticPageLeadingToTheLiveOne() {
        try (BrowserContext c = noScript()) {
            Page page = c.newPage();
            for (Lesson l : Catalogue.INSTANCE.all()) {
                page.navigate(server.url() + "lessons/" + l.id() + ".html");
                assertEquals(l.title() + " · Knob", page.title());
                String description = (String) page.evaluate("() => document.querySelector('meta[name=description]').content");
                assertTrue(description.length() > 40 && description.length() <= 161, l.id() + ": " + description);
                assertEquals(1, page.locator("h1").count());
                assertEquals(l.title(), page.textContent("h1"));
                assertTrue(page.innerText("main").contains(opening(Words.of(l.id()).prose().get(0))), l.id());
                assertEquals("../index.html?lesson=" + l.id(), page.getAttribute(".live-link a", "href"));
            }
        }
        // and the live link opens the same lesson as ?lesson=... does
        try (Tab t = desktop()) {
            t.page.navigate(server.url() + "lessons/divergence.html");
            t.page.click(".live-link a");
            t.settle();
            assertEquals("Divergence", t.page.textContent("#prose h1"));
            assertTrue(t.transcript().startsWith("Error:"), t.transcript());
            t.assertHealthy();
        }
    }
}
