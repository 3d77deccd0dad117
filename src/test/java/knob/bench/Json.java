package knob.bench;

import java.util.List;
import java.util.Map;

/** Just enough JSON writing for the benchmark's report. */
final class Json {
    private Json() {
    }

    static String write(Object o) {
        StringBuilder sb = new StringBuilder();
        write(o, sb, "");
        return sb.append('\n').toString();
    }

    private static void write(Object o, StringBuilder sb, String indent) {
        if (o instanceof Map<?, ?> m) {
            sb.append("{\n");
            int i = 0;
            for (Map.Entry<?, ?> e : m.entrySet()) {
                sb.append(indent).append("  ");
                string(e.getKey().toString(), sb);
                sb.append(": ");
                write(e.getValue(), sb, indent + "  ");
                sb.append(++i < m.size() ? ",\n" : "\n");
            }
            sb.append(indent).append('}');
        } else if (o instanceof List<?> l) {
            sb.append('[');
            for (int i = 0; i < l.size(); i++) {
                write(l.get(i), sb, indent);
                sb.append(i + 1 < l.size() ? ", " : "");
            }
            sb.append(']');
        } else if (o instanceof Number n) {
            sb.append(n);
        } else {
            string(String.valueOf(o), sb);
        }
    }

    private static void string(String s, StringBuilder sb) {
        sb.append('"');
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                sb.append('\\').append(c);
            } else if (c < 0x20) {
                sb.append(String.format("\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        sb.append('"');
    }
}
