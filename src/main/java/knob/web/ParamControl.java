package knob.web;

import java.util.function.BiConsumer;
import knob.params.Link;
import knob.params.Param;
import knob.params.State;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLInputElement;

/** A slider and a number box for one parameter, both made from its declaration. */
final class ParamControl {
    final Param param;
    private final HTMLInputElement slider;
    private final HTMLInputElement box;
    private final HTMLElement message;

    ParamControl(HTMLElement parent, Param p, BiConsumer<Param, Double> onChange) {
        param = p;
        HTMLElement row = Dom.add(parent, Dom.el("div", "control"));
        String id = "param-" + p.key();
        HTMLElement label = Dom.add(row, Dom.text("label", null, p.label()));
        label.setAttribute("for", id);
        label.setAttribute("title", p.help());
        slider = (HTMLInputElement) Dom.add(row, Dom.el("input", null));
        slider.setType("range");
        slider.setAttribute("aria-label", p.label() + " slider");
        slider.setAttribute("step", p.kind() == Param.Kind.COUNT ? "1" : "any");
        box = (HTMLInputElement) Dom.add(row, Dom.el("input", "number"));
        box.setType("text");
        box.setAttribute("id", id);
        box.setAttribute("inputmode", "decimal");
        box.setAttribute("spellcheck", "false");
        box.setAttribute("autocomplete", "off");
        box.setAttribute("data-key", p.key());
        message = Dom.add(row, Dom.el("span", "control-message"));
        message.setAttribute("role", "status");
        Dom.on(slider, "input", e -> {
            double v = snap(knob.core.PyFloat.parse(slider.getValue()));
            message.setTextContent("");
            box.setValue(Link.show(p, v));
            onChange.accept(p, v);
        });
        Dom.on(box, "change", e -> {
            Link.Validated v = Link.validate(p, box.getValue());
            message.setTextContent(v.notice() == null ? "" : v.notice());
            if (!Double.isNaN(v.value())) {
                onChange.accept(p, v.value());
            }
        });
    }

    /** Slider values are rounded to the slider's step as a short decimal (0.35, not 0.35000000000000003). */
    private double snap(double v) {
        if (param.kind() == Param.Kind.COUNT) {
            return Math.max(param.min(), Math.floor(v + 0.5));
        }
        double steps = Math.floor(v / param.sliderStep() + 0.5);
        int decimals = (int) Math.max(0, Math.ceil(-Math.log10(param.sliderStep())) + 0);
        return knob.core.PyFloat.parse(Long.toString((long) steps * (long) Math.floor(param.sliderStep() * Math.pow(10, decimals) + 0.5))
                + "e-" + decimals);
    }

    void show(State s) {
        double v = param.value(s);
        double lo = Math.min(param.sliderMin(), v);
        double hi = Math.max(param.sliderMax(), v);
        slider.setAttribute("min", Link.shortest(lo));
        slider.setAttribute("max", Link.shortest(hi));
        slider.setValue(Link.shortest(v));
        box.setValue(Link.show(param, v));
    }
}
