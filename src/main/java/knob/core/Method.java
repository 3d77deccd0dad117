package knob.core;

/** The two ways of learning in the chapter. */
public enum Method {
    /** Move the weight by {@code alpha * input * (prediction - goal)}: direction and amount. */
    GRADIENT("gradient"),
    /** Probe the weight up and down by {@code stepAmount}, keep whichever errs less. */
    HOT_COLD("hot-cold");

    private final String id;

    Method(String id) {
        this.id = id;
    }

    /** The name used in links. */
    public String id() {
        return id;
    }

    /** The method with this link name, or null. */
    public static Method byId(String id) {
        for (Method m : values()) {
            if (m.id.equals(id)) {
                return m;
            }
        }
        return null;
    }
}
