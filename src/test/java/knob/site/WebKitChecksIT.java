package knob.site;

/** {@link EngineChecks} in WebKit. */
class WebKitChecksIT extends EngineChecks {
    @Override
    String engineName() {
        return "webkit";
    }
}
