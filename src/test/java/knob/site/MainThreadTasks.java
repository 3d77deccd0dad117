package knob.site;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The tasks that ran Knob's own code on a renderer's main thread, read from a Chromium trace
 * (categories {@link #CATEGORIES}), each with the CPU time that the thread spent on it.
 *
 * <p>CPU time ({@code tdur}, microseconds in the trace) is the work a task did. Unlike its wall
 * time ({@code dur}) it does not grow when a busy machine takes the core away in the middle of
 * the task, so a limit on it holds on a loaded machine too. A task counts as Knob's when it calls
 * into one of Knob's scripts ({@code FunctionCall} or {@code EvaluateScript} events whose URL is
 * one of them). The evaluation of a script file itself (the browser compiling and running the
 * file's top level, {@code EvaluateScript} and {@code v8.compile}) is taken out of the task's
 * time: that is a cost of the script's size, reported by {@code scripts/bench}. Chromium leaves
 * the CPU time out of some very short tasks; for those the wall time stands in, an upper bound.
 */
public final class MainThreadTasks {
    /** The trace categories that this reader needs. */
    public static final List<String> CATEGORIES = List.of("toplevel", "devtools.timeline", "v8");

    /** One task: its start (ms since the trace began), wall and CPU time (ms), and what it ran. */
    public record Task(double startMs, double wallMs, double cpuMs, double evaluationCpuMs, String what) {
        @Override
        public String toString() {
            return String.format("%.1f ms CPU (%.1f ms wall, %.1f ms of script evaluation taken out) at %.0f ms: %s",
                    cpuMs, wallMs, evaluationCpuMs, startMs, what);
        }
    }

    /**
     * What the trace held: Knob's tasks, how many main-thread tasks came without their CPU time, and
     * the longest main-thread task of any kind (the browser's own layout and painting too), wall ms.
     */
    public record Reading(List<Task> knobTasks, int tasks, int tasksWithoutCpuTime, double longestWallMs) {
    }

    private MainThreadTasks() {
    }

    /**
     * Reads a trace (Chromium's JSON trace format) and returns the tasks on renderer main threads
     * that ran one of Knob's scripts: a script whose URL starts with {@code site} (the site's address).
     */
    public static Reading read(String traceJson, String site) {
        JsonElement root = JsonParser.parseString(traceJson);
        JsonArray events = root.isJsonArray() ? root.getAsJsonArray() : root.getAsJsonObject().getAsJsonArray("traceEvents");
        Map<String, Boolean> rendererMain = new HashMap<>();
        for (JsonElement e : events) {
            JsonObject o = e.getAsJsonObject();
            if (str(o, "ph").equals("M") && str(o, "name").equals("thread_name")) {
                String name = o.getAsJsonObject("args").get("name").getAsString();
                rendererMain.put(thread(o), name.equals("CrRendererMain"));
            }
        }
        Map<String, List<JsonObject>> byThread = new HashMap<>();
        for (JsonElement e : events) {
            JsonObject o = e.getAsJsonObject();
            if (str(o, "ph").equals("X") && rendererMain.getOrDefault(thread(o), false)) {
                byThread.computeIfAbsent(thread(o), k -> new ArrayList<>()).add(o);
            }
        }
        double origin = Double.MAX_VALUE;
        for (List<JsonObject> list : byThread.values()) {
            for (JsonObject o : list) {
                origin = Math.min(origin, o.get("ts").getAsDouble());
            }
        }
        List<Task> knob = new ArrayList<>();
        int tasks = 0;
        int withoutCpu = 0;
        double longest = 0;
        for (List<JsonObject> list : byThread.values()) {
            list.sort((a, b) -> Double.compare(a.get("ts").getAsDouble(), b.get("ts").getAsDouble()));
            for (int i = 0; i < list.size(); i++) {
                JsonObject task = list.get(i);
                String taskName = str(task, "name");
                if (!taskName.equals("RunTask") && !taskName.equals("ThreadControllerImpl::RunTask")) {
                    continue;
                }
                tasks++;
                longest = Math.max(longest, task.get("dur").getAsDouble() / 1000);
                if (!task.has("tdur")) {
                    withoutCpu++;
                }
                double start = task.get("ts").getAsDouble();
                double end = start + task.get("dur").getAsDouble();
                boolean ours = false;
                double evaluation = 0;
                StringBuilder what = new StringBuilder();
                for (int j = i + 1; j < list.size() && list.get(j).get("ts").getAsDouble() < end; j++) {
                    JsonObject inner = list.get(j);
                    String name = str(inner, "name");
                    String url = url(inner);
                    boolean script = url.startsWith(site) && url.endsWith(".js");
                    if (script && (name.equals("FunctionCall") || name.equals("EvaluateScript"))) {
                        ours = true;
                        if (what.length() < 200) {
                            what.append(name).append(' ').append(url.substring(url.lastIndexOf('/') + 1)).append("; ");
                        }
                    }
                    if (script && (name.equals("EvaluateScript") || name.equals("v8.compile")) && inner.has("tdur")) {
                        evaluation += inner.get("tdur").getAsDouble();
                    }
                }
                if (ours) {
                    double cpu = task.has("tdur") ? task.get("tdur").getAsDouble() : task.get("dur").getAsDouble();
                    knob.add(new Task((start - origin) / 1000, task.get("dur").getAsDouble() / 1000,
                            (cpu - evaluation) / 1000, evaluation / 1000, what.toString()));
                }
            }
        }
        knob.sort((a, b) -> Double.compare(a.startMs(), b.startMs()));
        return new Reading(knob, tasks, withoutCpu, longest);
    }

    private static String thread(JsonObject o) {
        return o.get("pid").getAsString() + "/" + o.get("tid").getAsString();
    }

    private static String str(JsonObject o, String key) {
        JsonElement e = o.get(key);
        return e == null || e.isJsonNull() ? "" : e.getAsString();
    }

    private static String url(JsonObject o) {
        JsonObject args = o.getAsJsonObject("args");
        if (args == null) {
            return "";
        }
        if (args.has("data") && args.get("data").isJsonObject()) {
            JsonObject data = args.getAsJsonObject("data");
            if (data.has("url") && !data.get("url").isJsonNull()) {
                return data.get("url").getAsString();
            }
        }
        if (args.has("fileName") && !args.get("fileName").isJsonNull()) {
            return args.get("fileName").getAsString();
        }
        return "";
    }
}
