package knob.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.APIResponse;
import java.nio.ByteBuffer;
import org.junit.jupiter.api.Test;

/** What a chat or a social site shows for a shared link: title, description, preview image, icon, 404. */
class LinkPreviewIT extends BrowserTest {

    private static String meta(Tab t, String selector) {
        return t.page.getAttribute("meta[" + selector + "]", "content");
    }

    @Test
    void theSiteHasATitleADescriptionAndAPreviewImage() {
        try (Tab t = desktop()) {
            t.open("?lesson=divergence");
            assertTrue(meta(t, "property='og:title'").startsWith("Knob"));
            assertFalse(meta(t, "property='og:description'").isBlank());
            assertFalse(meta(t, "name=description").isBlank());
            assertEquals("summary_large_image", meta(t, "name='twitter:card'"));
            assertFalse(meta(t, "property='og:image:alt'").isBlank());

            // No og:url: sites would send every shared lesson link to that one address, dropping
            // the setup in its query. The image's address is the build's (absolute on Pages).
            assertEquals(0, t.page.locator("meta[property='og:url']").count());
            String siteUrl = System.getProperty("knob.siteUrl", "./");
            String image = meta(t, "property='og:image'");
            assertEquals(siteUrl + "og.png", image);

            String resolved = (String) t.page.evaluate("u => new URL(u, document.baseURI).href", image);
            APIResponse png = t.page.request().get(resolved.startsWith(server.url()) ? resolved : server.url() + "og.png");
            assertEquals(200, png.status());
            byte[] bytes = png.body();
            assertEquals(0x89504e47, ByteBuffer.wrap(bytes, 0, 4).getInt(), "a PNG");
            assertEquals(Integer.parseInt(meta(t, "property='og:image:width'")), ByteBuffer.wrap(bytes, 16, 4).getInt());
            assertEquals(Integer.parseInt(meta(t, "property='og:image:height'")), ByteBuffer.wrap(bytes, 20, 4).getInt());
            assertEquals(1200, ByteBuffer.wrap(bytes, 16, 4).getInt());
            assertEquals(630, ByteBuffer.wrap(bytes, 20, 4).getInt());
            assertTrue(bytes.length < 300_000, "small enough for link previews: " + bytes.length);
            t.assertHealthy();
        }
    }

    @Test
    void theIconAndTheNotFoundPageAreServed() {
        try (Tab t = desktop()) {
            t.open("?lesson=predict");
            // the page carries its icon as a data: address (no request of its own); it must draw
            String icon = t.page.getAttribute("link[rel=icon]", "href");
            assertTrue(icon.startsWith("data:image/svg+xml,"), icon);
            Object width = t.page.evaluate("src => new Promise(done => { const i = new Image();"
                    + " i.onload = () => done(i.naturalWidth); i.onerror = () => done(-1); i.src = src; })", icon);
            assertTrue(((Number) width).intValue() > 0, "the icon draws: " + width);
            // the static pages and the not-found page link the file
            assertEquals(200, t.page.request().get(server.url() + "favicon.svg").status());
            t.page.navigate(server.url() + "404.html");
            assertEquals("There is no such page", t.page.textContent("h1"));
            // Pages answers any missing path with this page, at that path: its links carry the
            // site's address (absolute on Pages), so they work however deep the missing path was.
            String siteUrl = System.getProperty("knob.siteUrl", "./");
            Object hrefs = t.page.evaluate("() => Array.from(document.querySelectorAll('[href]')).map(e => e.getAttribute('href'))");
            for (Object href : (java.util.List<?>) hrefs) {
                assertTrue(((String) href).startsWith(siteUrl), href + " should start with " + siteUrl);
            }
            if (siteUrl.equals("./")) { // a local build: its links lead back into this server
                t.page.click("text=Start with the first lesson");
                t.page.waitForURL("**?lesson=predict");
                t.page.waitForSelector("body[data-ready=true]");
            }
        }
    }
}
