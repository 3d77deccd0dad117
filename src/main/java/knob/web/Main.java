package knob.web;

import knob.lesson.Catalogue;
import knob.params.Link;

/** The page's entry point: read the link, open its lesson. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        knob.core.PyFloat.useDigits(new EngineDigits());
        String theme = Js.storedTheme();
        if (!theme.isEmpty()) {
            Js.applyTheme(theme);
        }
        new App(Link.decode(Js.search(), Catalogue.INSTANCE));
    }
}
