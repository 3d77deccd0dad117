package knob.params;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The links' base64url against the JDK's own encoder (URL alphabet, no padding). */
class Base64UrlTest {

    @Test
    void encodesAndDecodesAsTheJdkDoes() {
        Random random = new Random(15);
        for (int n = 0; n < 400; n++) {
            byte[] bytes = new byte[n % 40 == 0 ? n * 10 : n];
            random.nextBytes(bytes);
            String jdk = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            assertEquals(jdk, Base64Url.encode(bytes));
            assertTrue(Base64Url.valid(jdk));
            assertArrayEquals(bytes, Base64Url.decode(jdk));
        }
    }

    @Test
    void refusesWhatIsNotBase64UrlWithoutPadding() {
        for (String bad : new String[] {"abc=", "ab+c", "ab/c", "a", "abcde", "ab c", "é", "%41"}) {
            assertFalse(Base64Url.valid(bad), bad);
            assertNull(Base64Url.decode(bad), bad);
        }
        assertArrayEquals(new byte[0], Base64Url.decode(""));
    }

    @Test
    void linksKeepAValidCodeAndNameABadOne() {
        Link.Decoded ok = Link.decode("?lesson=predict&code=S8jJBwA", knob.lesson.Catalogue.INSTANCE);
        assertEquals("S8jJBwA", ok.state().code());
        assertEquals(java.util.List.of(), ok.notices());
        assertEquals("?lesson=predict&code=S8jJBwA", Link.encode(ok.state(), knob.lesson.Catalogue.INSTANCE));
        Link.Decoded bad = Link.decode("?lesson=predict&code=ab%2Bc", knob.lesson.Catalogue.INSTANCE);
        assertNull(bad.state().code());
        assertEquals(1, bad.notices().size());
        assertTrue(bad.notices().get(0).message().startsWith("code is not base64url"), bad.notices().get(0).message());
    }
}
