package knob.python;

/** Indexing, slicing, item assignment and unpacking of str, list, tuple and range. */
final class Sequences {
    private static final int CLAMP = 1 << 30;

    private Sequences() {
    }

    private static int length(Object seq) {
        if (seq instanceof PyList l) {
            return l.size;
        }
        if (seq instanceof PyTuple t) {
            return t.items.length;
        }
        return Text.length((String) seq);
    }

    private static String kind(Object seq) {
        return seq instanceof PyList ? "list" : seq instanceof PyTuple ? "tuple" : "string";
    }

    static Object get(Object seq, Object index, Ops ops) {
        if (seq instanceof PyList || seq instanceof PyTuple || seq instanceof String) {
            if (index instanceof Slice s) {
                return slice(seq, s, ops);
            }
            int i = position(seq, index, false);
            if (seq instanceof PyList l) {
                return l.items[i];
            }
            if (seq instanceof PyTuple t) {
                return t.items[i];
            }
            String str = (String) seq;
            if (Text.length(str) == str.length()) {
                return String.valueOf(str.charAt(i));
            }
            ops.extraWork = str.length() >> 4;
            return Text.at(str, i);
        }
        if (seq instanceof Range r) {
            if (index instanceof Slice) {
                throw PyError.knob("TypeError: slicing a range is not part of Knob's Python");
            }
            if (!Ops.isIntLike(index)) {
                throw PyError.type("range indices must be integers or slices, not " + Repr.typeName(index));
            }
            Object n = Ops.asInt(index);
            double len = r.length();
            double i = n instanceof Integer v ? v : Ints.negative(n) ? -1e300 : 1e300;
            if (i < 0) {
                i += len;
            }
            if (i < 0 || i >= len) {
                throw PyError.index("range object index out of range");
            }
            return r.get((int) i);
        }
        throw PyError.type(seq instanceof Builtin b && b.isClass() ? "type '" + b.name + "' is not subscriptable"
                : "'" + Repr.typeName(seq) + "' object is not subscriptable");
    }

    /** The index, checked: IndexError or TypeError with CPython's words. */
    private static int position(Object seq, Object index, boolean assigning) {
        String kind = kind(seq);
        if (!Ops.isIntLike(index)) {
            if (seq instanceof String) {
                throw PyError.type("string indices must be integers, not '" + Repr.typeName(index) + "'");
            }
            throw PyError.type(kind + " indices must be integers or slices, not " + Repr.typeName(index));
        }
        Object n = Ops.asInt(index);
        int len = length(seq);
        if (n instanceof BigInt b) {
            if (Ints.bitLength(b) >= 64) {
                throw PyError.index("cannot fit 'int' into an index-sized integer");
            }
            throw PyError.index(kind + (assigning ? " assignment" : "") + " index out of range");
        }
        int i = (Integer) n;
        if (i < 0) {
            i += len;
        }
        if (i < 0 || i >= len) {
            throw PyError.index(kind + (assigning ? " assignment" : "") + " index out of range");
        }
        return i;
    }

    static void set(Object seq, Object index, Object value) {
        if (seq instanceof PyList l) {
            if (index instanceof Slice) {
                throw PyError.knob("TypeError: assignment to a slice is not part of Knob's Python");
            }
            l.items[position(seq, index, true)] = value;
            return;
        }
        throw PyError.type("'" + Repr.typeName(seq) + "' object does not support item assignment");
    }

    private static int sliceIndex(Object v) {
        if (v instanceof Integer i) {
            return Math.max(-CLAMP, Math.min(CLAMP, i));
        }
        if (v instanceof Boolean b) {
            return b ? 1 : 0;
        }
        if (v instanceof BigInt b) {
            return b.negative ? -CLAMP : CLAMP;
        }
        throw PyError.type("slice indices must be integers or None or have an __index__ method");
    }

    private static Object slice(Object seq, Slice s, Ops ops) {
        int step = s.step == PyNone.NONE ? 1 : sliceIndex(s.step);
        if (step == 0) {
            throw PyError.value("slice step cannot be zero");
        }
        int len = length(seq);
        int start;
        int stop;
        if (s.lower == PyNone.NONE) {
            start = step < 0 ? len - 1 : 0;
        } else {
            start = adjust(sliceIndex(s.lower), len, step);
        }
        if (s.upper == PyNone.NONE) {
            stop = step < 0 ? -1 : len;
        } else {
            stop = adjust(sliceIndex(s.upper), len, step);
        }
        int count;
        if (step < 0) {
            count = stop < start ? (start - stop - 1) / -step + 1 : 0;
        } else {
            count = start < stop ? (stop - start - 1) / step + 1 : 0;
        }
        ops.extraWork = count;
        if (seq instanceof String str && Text.length(str) != str.length()) {
            ops.extraWork += str.length() >> 4;
            int from = Text.offset(str, start);
            if (step == 1) {
                return str.substring(from, Text.offset(str, start + count));
            }
            int[] points = new int[len];
            for (int i = 0, at = 0; i < len; i++) {
                points[i] = Text.codePointAt(str, at);
                at += points[i] >= 0x10000 ? 2 : 1;
            }
            StringBuilder out = new StringBuilder(count);
            for (int i = 0, j = start; i < count; i++, j += step) {
                Text.appendCodePoint(out, points[j]);
            }
            return out.toString();
        }
        if (seq instanceof String str) {
            if (step == 1) {
                return str.substring(start, start + count);
            }
            StringBuilder out = new StringBuilder(count);
            for (int i = 0, j = start; i < count; i++, j += step) {
                out.append(str.charAt(j));
            }
            return out.toString();
        }
        Object[] src = seq instanceof PyList l ? l.items : ((PyTuple) seq).items;
        Object[] items = new Object[count];
        for (int i = 0, j = start; i < count; i++, j += step) {
            items[i] = src[j];
        }
        return seq instanceof PyList ? PyList.of(items) : count == 0 ? PyTuple.EMPTY : new PyTuple(items);
    }

    private static int adjust(int i, int len, int step) {
        if (i < 0) {
            i += len;
            if (i < 0) {
                i = step < 0 ? -1 : 0;
            }
        } else if (i >= len) {
            i = step < 0 ? len - 1 : len;
        }
        return i;
    }

    static Object[] unpack(Object v, int n, Builtins builtins) {
        Object[] items;
        if (v instanceof PyTuple t) {
            items = t.items;
        } else if (v instanceof PyList l) {
            items = l.toArray();
        } else if (v instanceof String || v instanceof Range || v instanceof PyIterator) {
            items = builtins.items(v);
        } else {
            throw PyError.type("cannot unpack non-iterable " + Repr.typeName(v) + " object");
        }
        if (items.length > n) {
            throw PyError.value("too many values to unpack (expected " + n + ")");
        }
        if (items.length < n) {
            throw PyError.value("not enough values to unpack (expected " + n + ", got " + items.length + ")");
        }
        return items;
    }
}
