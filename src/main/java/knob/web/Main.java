package knob.web;

import knob.lesson.Catalogue;
import knob.params.Link;

/** The page's entry point: read the link, open its lesson. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        Js.mark("knob-main");
        EngineRepr.install();
        String theme = Js.storedTheme();
        if (!theme.isEmpty()) {
            Js.applyTheme(theme);
        }
        Link.Decoded decoded = Link.decode(Js.search(), Catalogue.INSTANCE);
        Js.mark("knob-link-read");
        // the page is built in the next task: each of the start's tasks stays short
        Js.later(() -> new App(decoded));
    }
}
