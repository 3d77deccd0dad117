package knob.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading Knob's tasks and their CPU time out of a small trace written by hand in Chromium's format. */
class MainThreadTasksTest {
    private static final String SITE = "http://127.0.0.1:9/knob/";

    private static String event(String name, long ts, long dur, Long tdur, String url) {
        return "{\"name\":\"" + name + "\",\"ph\":\"X\",\"pid\":1,\"tid\":1,\"ts\":" + ts + ",\"dur\":" + dur
                + (tdur == null ? "" : ",\"tdur\":" + tdur)
                + (url == null ? "" : ",\"args\":{\"data\":{\"url\":\"" + url + "\"}}") + "}";
    }

    @Test
    void knobsTasksAreFoundAndTimedByTheirCpuWithoutScriptEvaluation() {
        String trace = "{\"traceEvents\":["
                + "{\"name\":\"thread_name\",\"ph\":\"M\",\"pid\":1,\"tid\":1,\"args\":{\"name\":\"CrRendererMain\"}},"
                + "{\"name\":\"thread_name\",\"ph\":\"M\",\"pid\":1,\"tid\":2,\"args\":{\"name\":\"Compositor\"}},"
                // evaluating knob.js: 70 ms of CPU, 60 of them the evaluation itself
                + event("ThreadControllerImpl::RunTask", 1_000, 90_000, 70_000L, null) + ","
                + event("EvaluateScript", 2_000, 80_000, 60_000L, SITE + "knob.js") + ","
                // a slice of Knob's that the machine slowed: 200 ms of wall time, 9 ms of CPU
                + event("ThreadControllerImpl::RunTask", 100_000, 200_000, 9_000L, null) + ","
                + event("FunctionCall", 100_100, 199_000, 8_900L, SITE + "knob.js") + ","
                // someone else's script, however long, is not Knob's
                + event("ThreadControllerImpl::RunTask", 400_000, 80_000, 80_000L, null) + ","
                + event("FunctionCall", 400_100, 79_000, 79_000L, "http://elsewhere/x.js") + ","
                // a short task without CPU time: its wall time stands in
                + event("RunTask", 500_000, 3_000, null, null) + ","
                + event("FunctionCall", 500_100, 2_000, null, SITE + "first.js") + ","
                // on another thread: not the main thread
                + "{\"name\":\"RunTask\",\"ph\":\"X\",\"pid\":1,\"tid\":2,\"ts\":600000,\"dur\":90000,\"tdur\":90000}"
                + "]}";
        MainThreadTasks.Reading r = MainThreadTasks.read(trace, SITE);
        assertEquals(4, r.tasks());
        assertEquals(1, r.tasksWithoutCpuTime());
        List<MainThreadTasks.Task> k = r.knobTasks();
        assertEquals(3, k.size());
        assertEquals(10.0, k.get(0).cpuMs(), 1e-9);
        assertEquals(60.0, k.get(0).evaluationCpuMs(), 1e-9);
        assertEquals(9.0, k.get(1).cpuMs(), 1e-9);
        assertEquals(200.0, k.get(1).wallMs(), 1e-9);
        assertEquals(3.0, k.get(2).cpuMs(), 1e-9);
        assertEquals(0.0, k.get(0).startMs(), 1e-9);
    }
}
