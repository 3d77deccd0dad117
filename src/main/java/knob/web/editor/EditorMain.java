package knob.web.editor;

import knob.web.Dom;
import knob.web.EngineArithmetic;
import knob.web.EngineJoin;
import knob.web.EngineRepr;
import knob.web.Js;
import knob.web.ProgramSetup;

/**
 * The entry point of {@code knob-python.js}, the second script: the editor and Knob's Python.
 * The page calls {@code knobPython([lesson, code, setup])} once it has loaded the script: the
 * lesson's id, a link's {@code code=} value (or ""), and the run's setup as {@code ProgramSetup}
 * writes it, from which this script writes the run's Python program, into "Show as Python" and
 * the editor. Edits that had not run when the tab last showed this link come back over it. The
 * events between the two scripts are listed in the page's {@code EditorHost}.
 */
public final class EditorMain {
    private EditorMain() {
    }

    public static void main(String[] args) {
        EngineRepr.install();
        EngineJoin.install();
        EngineArithmetic.install();
        String lesson = args.length > 0 ? args[0] : "";
        String code = args.length > 1 ? args[1] : "";
        String program = ProgramSetup.program(args[2]);
        Dom.byId("python").setTextContent(program);
        String kept = Js.keptEdits();
        Editor editor = new Editor(Dom.byId("editor"), lesson, program);
        Js.onEvent("knob-page:setup", d -> {
            String changed = ProgramSetup.program(Js.asString(d));
            Dom.byId("python").setTextContent(changed);
            editor.programChanged(changed);
        });
        if (!code.isEmpty()) {
            CodeLink.decode(code, text -> {
                editor.openLink(text, code);
                editor.restore(kept);
            }, why -> {
                Js.dispatch("knob-python:off", Js.string(why));
                editor.restore(kept);
            });
        } else {
            editor.restore(kept);
        }
    }
}
