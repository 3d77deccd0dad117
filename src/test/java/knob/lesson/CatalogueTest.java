package knob.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import knob.params.Link;
import org.junit.jupiter.api.Test;

class CatalogueTest {

    @Test
    void tenLessonsInTheNotesOrder() {
        assertEquals(List.of("predict", "hot-cold", "direction", "pure-error", "one-step", "error-curve", "derivative",
                "divergence", "alpha", "lab"), Catalogue.INSTANCE.all().stream().map(Lesson::id).toList());
    }

    @Test
    void everyLessonSaysSomethingAndHasControls() {
        for (Lesson l : Catalogue.INSTANCE.all()) {
            Words w = Words.of(l.id());
            assertFalse(w.prose().isEmpty(), l.id());
            assertFalse(w.tryThis().isBlank(), l.id());
            assertFalse(w.formula().isBlank(), l.id());
            assertFalse(l.controls().isEmpty(), l.id());
            assertEquals(l.id(), l.defaults().lesson());
            for (String p : w.prose()) {
                assertEquals(0, p.chars().filter(c -> c == '`').count() % 2, "unbalanced code marks in " + l.id());
            }
        }
    }

    @Test
    void everyPresetIsAValidLink() {
        for (Lesson l : Catalogue.INSTANCE.all()) {
            for (Preset p : l.presets()) {
                Link.Decoded d = Link.decode("?lesson=" + l.id() + "&" + p.query(), Catalogue.INSTANCE);
                assertTrue(d.notices().isEmpty(), l.id() + " " + p.label() + ": " + d.notices());
            }
        }
    }
}
