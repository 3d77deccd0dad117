package knob.core;

import static knob.core.PyFloat.repr;

/** The ways the notes print a run, each exactly as its Python {@code print} calls do. */
public enum TranscriptFormat {
    /** {@code print(error)}. */
    ERROR_ONLY("error") {
        @Override
        String iteration(Iteration it) {
            return repr(it.error());
        }
    },
    /** {@code print('Error: ' + str(error) + ' Prediction: ' + str(pred))}. */
    ERROR_PREDICTION("error-prediction") {
        @Override
        String iteration(Iteration it) {
            return "Error: " + repr(it.error()) + " Prediction: " + repr(it.prediction());
        }
    },
    /** The same with {@code " Weight: " + str(weight)}, the weight after the update. */
    WITH_WEIGHT("weight") {
        @Override
        String iteration(Iteration it) {
            return "Error: " + repr(it.error()) + " Prediction: " + repr(it.prediction())
                    + " Weight: " + repr(it.weightAfter());
        }
    },
    /** The four-step blocks: a rule, the weight, error and prediction, delta and weight delta. */
    BLOCKS("blocks") {
        @Override
        String iteration(Iteration it) {
            return head(it.weight()) + "\nError:" + repr(it.error()) + " Prediction:" + repr(it.prediction())
                    + "\nDelta:" + repr(it.delta()) + " Weight Delta:" + repr(it.weightDelta());
        }

        @Override
        String beforeOverflow(double weight) {
            return head(weight);
        }

        private String head(double weight) {
            return "-----\nWeight:" + repr(weight);
        }
    },
    /** Prediction, pure error and direction-and-amount, one value a line. */
    PURE_ERROR("pure-error") {
        @Override
        String iteration(Iteration it) {
            return "Prediction: " + repr(it.prediction()) + "\nPure error: " + repr(it.delta())
                    + "\nDirection and Amount: " + repr(it.weightDelta());
        }

        @Override
        String beforeOverflow(double weight) {
            return null;
        }
    };

    private final String id;

    TranscriptFormat(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** The printed text of one iteration; several lines are joined by '\n'. */
    abstract String iteration(Iteration it);

    /** What the iteration that overflows prints before Python raises, or null. */
    String beforeOverflow(double weight) {
        return null;
    }
}
