package knob.bench;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import knob.site.Gzip;

/** Where the script's bytes go: TeaVM's own statistics, and each source file's cost in gzip bytes. */
final class Weight {
    private Weight() {
    }

    /**
     * {@code java -cp target/classes:target/test-classes:GSON knob.bench.Weight SCRIPT [N]}: the N
     * (default 40) dearest source files of a script built with a source map beside it (SCRIPT.map,
     * e.g. target/bench/mapped/knob-python.js after the bench profile's python-mapped execution).
     */
    public static void main(String[] args) throws IOException {
        Path js = Path.of(args[0]);
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 40;
        Map<String, long[]> costs = costsBySource(js, Path.of(args[0] + ".map"));
        long sum = 0;
        for (long[] c : costs.values()) {
            sum += c[0];
        }
        System.out.printf("%s: %,d bytes gzip; %,d attributed to %d source files%n", js,
                Gzip.size(Files.readAllBytes(js)), sum, costs.size());
        costs.entrySet().stream().limit(n).forEach(e -> System.out.printf("  %-48s %,7d %,8d%n", e.getKey(),
                e.getValue()[0], e.getValue()[1]));
    }

    /**
     * TeaVM's statistics of one compile execution, as {@code -Dteavm.js.stats=true} prints them
     * into the build log: total, metadata, string pool and each package, in raw bytes of the
     * minified script.
     */
    static Map<String, Long> teavmStats(Path log, String execution) throws IOException {
        Map<String, Long> parts = new LinkedHashMap<>();
        boolean inExecution = false;
        for (String line : Files.readAllLines(log)) {
            if (line.contains("teavm-maven-plugin") && line.contains(":compile")) {
                inExecution = line.contains("(" + execution + ")");
            } else if (inExecution && !line.startsWith("[")) {
                int colon = line.lastIndexOf(": ");
                int end = line.indexOf(' ', colon + 2);
                if (colon > 0 && line.contains("size")) {
                    String what = line.substring(0, colon).replace(" size", "").replace("Package ", "");
                    String number = line.substring(colon + 2, end < 0 ? line.length() : end).replace(",", "");
                    parts.put(what, Long.parseLong(number));
                }
            }
        }
        return parts;
    }

    /**
     * What each source file costs a script in gzip bytes: its mapped code cut out in turn, and
     * the gzip size compared with the whole. Dearest first; each value is {gzip bytes, raw chars}.
     * String constants, metadata and the runtime are not attributed to files.
     */
    static Map<String, long[]> costsBySource(Path js, Path map) throws IOException {
        String code = Files.readString(js);
        JsonObject sourceMap = JsonParser.parseString(Files.readString(map)).getAsJsonObject();
        List<String> sources = new ArrayList<>();
        for (JsonElement e : sourceMap.getAsJsonArray("sources")) {
            sources.add(e.getAsString());
        }
        long whole = Gzip.size(code.getBytes(StandardCharsets.UTF_8));
        List<Map.Entry<String, long[]>> costs = new ArrayList<>();
        SourceMaps.rangesBySource(code, sourceMap.get("mappings").getAsString()).forEach((source, ranges) -> {
            StringBuilder without = new StringBuilder(code.length());
            int last = 0;
            long chars = 0;
            for (int[] r : ranges) {
                without.append(code, last, r[0]);
                last = r[1];
                chars += r[1] - r[0];
            }
            without.append(code, last, code.length());
            long cost = whole - Gzip.size(without.toString().getBytes(StandardCharsets.UTF_8));
            String name = sources.get(source).replace("org/teavm/classlib/", "").replace(".java", "");
            costs.add(Map.entry(name, new long[] {cost, chars}));
        });
        costs.sort((a, b) -> Long.compare(b.getValue()[0], a.getValue()[0]));
        Map<String, long[]> ordered = new LinkedHashMap<>();
        costs.forEach(e -> ordered.put(e.getKey(), e.getValue()));
        return ordered;
    }
}
