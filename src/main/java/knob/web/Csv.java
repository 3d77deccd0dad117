package knob.web;

import static knob.core.PyFloat.repr;

import knob.core.Iteration;
import knob.core.Method;
import knob.core.Run;

/** The run as CSV: one row an iteration, numbers printed as the transcript prints them. */
final class Csv {
    private Csv() {
    }

    static String of(Run run) {
        boolean hotCold = run.setup().method() == Method.HOT_COLD;
        StringBuilder sb = new StringBuilder("iteration,weight,prediction,error,delta,weight_delta,weight_after");
        sb.append(hotCold ? ",up_error,down_error,move\n" : "\n");
        for (int i = 0; i < run.length(); i++) {
            Iteration it = run.at(i);
            sb.append(i).append(',').append(repr(it.weight())).append(',').append(repr(it.prediction()))
                    .append(',').append(repr(it.error())).append(',').append(repr(it.delta())).append(',')
                    .append(repr(it.weightDelta())).append(',').append(repr(it.weightAfter()));
            if (hotCold) {
                sb.append(',').append(repr(it.upError())).append(',').append(repr(it.downError())).append(',')
                        .append(it.move());
            }
            sb.append('\n');
        }
        return sb.toString();
    }
}
