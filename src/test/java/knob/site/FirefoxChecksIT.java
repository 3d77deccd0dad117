package knob.site;

/** {@link EngineChecks} in Firefox. */
class FirefoxChecksIT extends EngineChecks {
    @Override
    String engineName() {
        return "firefox";
    }
}
