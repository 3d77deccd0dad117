package knob.site;

/** {@link EngineChecks} in Chromium. */
class ChromiumChecksIT extends EngineChecks {
    @Override
    String engineName() {
        return "chromium";
    }
}
