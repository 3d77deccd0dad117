package knob.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import knob.core.NotesPrintouts;
import org.junit.jupiter.api.Test;

/** Links for classrooms and blog posts: hidden parts, a locked lesson, the embed, the share dialog. */
class ClassroomIT extends BrowserTest {

    @Test
    void aLinkHidesWhatTheTeacherTicked() {
        try (Tab t = desktop()) {
            t.open("?lesson=alpha&hide=input,goal,transcript&lock=1");
            assertFalse(t.page.isVisible("#param-input"));
            assertFalse(t.page.isVisible("#param-goal"));
            assertTrue(t.page.isVisible("#param-alpha"));
            assertFalse(t.page.isVisible("#transcript-box"));
            assertFalse(t.page.isVisible("#toc"));
            assertFalse(t.page.isVisible("#pager"));
            t.page.keyboard().press("n");
            t.page.waitForTimeout(300);
            assertEquals("?lesson=alpha&hide=input,goal,transcript&lock=1", t.query());
            t.page.fill("#param-alpha", "0.3");
            t.page.press("#param-alpha", "Enter");
            assertEquals("?lesson=alpha&alpha=0.3&hide=input,goal,transcript&lock=1", t.query());
            t.shot("classroom-locked");
            t.assertHealthy();
        }
    }

    @Test
    void theEmbedShowsTheFigureItsControlsAndALinkBack() {
        try (Tab t = tab(720, 720, false, 1)) {
            t.open("?lesson=divergence&embed=1");
            assertFalse(t.page.isVisible("#prose"));
            assertFalse(t.page.isVisible("header.site"));
            assertTrue(t.page.isVisible("#figure-curve canvas"));
            assertTrue(t.page.isVisible("#param-input"));
            String href = t.page.getAttribute("#embed-bar a", "href");
            assertTrue(href.endsWith("?lesson=divergence"), href);
            assertEquals("noopener noreferrer", t.page.getAttribute("#embed-bar a", "rel"));
            assertEquals(NotesPrintouts.DIVERGENCE, t.transcriptLines());
            t.shot("embed");
            t.assertHealthy();
        }
    }

    @Test
    void theShareDialogMakesTheLinkAndTheIframeCode() {
        try (Tab t = desktop()) {
            t.open("?lesson=hot-cold&step=0.3&iterations=40");
            t.page.click("#share-button");
            t.page.check("#share input[data-hide=weight]");
            t.page.check("#share input[data-hide=prose]");
            t.page.check("#share-lock");
            String link = t.page.inputValue("#share-link");
            assertTrue(link.endsWith("/knob/?lesson=hot-cold&step=0.3&iterations=40&hide=weight,prose&lock=1"), link);
            String embed = t.page.inputValue("#share-embed");
            assertTrue(embed.startsWith("<iframe src=\"") && embed.contains("&embed=1") && embed.contains("title=\"Knob: Hot and cold\""), embed);
            t.shot("share-dialog");
            t.page.navigate(link);
            t.page.waitForSelector("body[data-ready=true]");
            assertFalse(t.page.isVisible("#param-weight"));
            assertFalse(t.page.isVisible("#prose"));
            t.assertHealthy();
        }
    }

    /** The parts that a lesson shows, and so that its Share dialog offers to hide, in the links' order. */
    private static java.util.List<String> partsShown(knob.lesson.Lesson l) {
        java.util.List<String> shown = new java.util.ArrayList<>();
        for (String part : knob.params.Display.HIDEABLE) {
            boolean control = false;
            for (knob.params.Param p : l.controls()) {
                control |= p.key().equals(part);
            }
            boolean panel = false;
            for (knob.lesson.View v : l.views()) {
                panel |= v.isPanel();
            }
            if (control || part.equals("method") && l.methodControl() || part.equals("rule") && l.ruleControl()
                    || part.equals("prose") || part.equals("playback") || part.equals("transcript")
                    || part.equals("curve") && l.shows(knob.lesson.View.CURVE)
                    || part.equals("error") && l.shows(knob.lesson.View.ERROR)
                    || part.equals("prediction") && l.shows(knob.lesson.View.PREDICTION)
                    || part.equals("panels") && panel) {
                shown.add(part);
            }
        }
        return shown;
    }

    @Test
    void theShareDialogOffersToHideOnlyWhatTheLessonShows() {
        for (knob.lesson.Lesson l : knob.lesson.Catalogue.INSTANCE.all()) {
            try (Tab t = desktop()) {
                t.open("?lesson=" + l.id());
                t.page.click("#share-button");
                Object offered = t.page.evaluate("() => Array.from(document.querySelectorAll('#share input[data-hide]'))"
                        + ".filter(b => b.getClientRects().length).map(b => b.dataset.hide)");
                assertEquals(partsShown(l), offered, l.id());
                if (l.id().equals("predict")) {
                    t.shot("share-dialog-predict");
                }
                t.assertHealthy();
            }
        }
        // a link that hides parts the lesson does not show keeps them hidden, as before
        try (Tab t = desktop()) {
            t.open("?lesson=predict&hide=input,iterations,error");
            t.page.click("#share-button");
            assertTrue(t.page.inputValue("#share-link").endsWith("?lesson=predict&hide=input,iterations,error"),
                    t.page.inputValue("#share-link"));
            t.page.uncheck("#share input[data-hide=input]");
            assertTrue(t.page.inputValue("#share-link").endsWith("?lesson=predict&hide=iterations,error"),
                    t.page.inputValue("#share-link"));
            t.assertHealthy();
        }
    }

    @Test
    void aChosenColourSchemeIsRemembered() {
        try (Tab t = desktop()) {
            t.open("?lesson=alpha");
            assertEquals(null, t.page.getAttribute("html", "data-theme"));
            t.page.click("#theme");
            assertEquals("light", t.page.getAttribute("html", "data-theme"));
            t.page.click("#theme");
            assertEquals("dark", t.page.getAttribute("html", "data-theme"));
            t.page.reload();
            t.page.waitForSelector("body[data-ready=true]");
            assertEquals("dark", t.page.getAttribute("html", "data-theme"));
            assertEquals("Theme: dark", t.page.textContent("#theme"));
            t.shot("theme-dark-override");
            t.page.click("#theme");
            assertEquals(null, t.page.getAttribute("html", "data-theme"));
            t.assertHealthy();
        }
    }

    @Test
    void withoutItsWordsTheLiveLessonTakesTheWholeWidth() {
        for (String q : new String[] {"?lesson=lab&hide=prose", "?lesson=divergence&hide=prose,playback"}) {
            try (Tab t = tab(1400, 1000, false, 1)) {
                t.open(q);
                double figures = ((Number) t.page.evaluate("() => document.getElementById('figures').getBoundingClientRect().width")).doubleValue();
                double main = ((Number) t.page.evaluate("() => document.getElementById('main').clientWidth")).doubleValue();
                assertTrue(figures > main * 0.9, q + ": the figures are " + figures + " px wide in a " + main + " px page");
                t.shot("classroom-hide-prose");
                t.assertHealthy();
            }
        }
    }
}
