package knob.python;

/**
 * The machine: runs compiled Code on an explicit operand stack and frame stack, so that it can
 * stop after any number of steps and go on later. Locals live in the operand stack below each
 * frame's operands; globals in slots fixed at compile time, falling back on the built-ins.
 */
final class Interpreter {
    private final Limits limits;
    private final Watcher watcher;
    final Ops ops;
    final Builtins builtins;

    private final String[] globalNames;
    private final Object[] globals;
    private final Builtin[] builtinFor;
    private final int[] bindingOrder;
    private int bound;

    private Object[] stack = new Object[256];
    private int sp;
    private Code[] frameCode = new Code[16];
    private int[] framePc = new int[16];
    private int[] frameFp = new int[16];
    private int depth;
    private Code code;
    private int pc;
    private int fp;

    /** What was printed and not yet drained: a StringBuilder on the JVM, joined strs when compiled. */
    private final StringBuilder output = new StringBuilder();
    private String joined = "";
    private int printed;
    long steps;
    boolean finished;

    Interpreter(Code module, String[] globalNames, Limits limits, Watcher watcher) {
        this.limits = limits;
        this.watcher = watcher;
        this.ops = new Ops(limits);
        this.builtins = new Builtins(ops, this);
        this.globalNames = globalNames;
        this.globals = new Object[globalNames.length];
        this.builtinFor = new Builtin[globalNames.length];
        this.bindingOrder = new int[globalNames.length];
        for (int i = 0; i < globalNames.length; i++) {
            builtinFor[i] = Builtins.named(globalNames[i]);
        }
        code = module;
        frameCode[0] = module;
        ensureStack(module.ops.length + 8);
    }

    /** Nesting allowed for repr and comparisons: what is left of the recursion limit. */
    int reprDepth() {
        return Math.max(1, limits.maxDepth() - depth);
    }

    /** Appends printed text, up to the output cap (then what fits, and the cap's error). */
    void write(String text) {
        int before = printed;
        printed += text.length(); // at most the cap and one piece of at most the size limit: an int
        if (printed > limits.maxOutputChars()) {
            int room = limits.maxOutputChars() - before;
            if (room > 0) {
                append(text.substring(0, room));
            }
            throw Limits.tooMuchOutput(limits.maxOutputChars());
        }
        append(text);
    }

    private void append(String text) {
        if (Text.compiled()) {
            joined = Text.join(joined, text);
        } else {
            output.append(text);
        }
    }

    /** Characters printed so far, drained or not (also those of the write that went past the output cap). */
    long printed() {
        return printed;
    }

    String drain() {
        if (Text.compiled()) {
            String s = joined;
            joined = "";
            return s;
        }
        String s = output.toString();
        output.setLength(0);
        return s;
    }

    private void ensureStack(int room) {
        if (sp + room > stack.length) {
            Object[] grown = new Object[Math.max(stack.length * 2, sp + room)];
            System.arraycopy(stack, 0, grown, 0, sp);
            stack = grown;
        }
    }

    /** The line of the instruction being run. */
    int line() {
        return code.lines.length == 0 ? 0 : code.lines[Math.max(0, Math.min(pc, code.lines.length - 1))];
    }

    /**
     * Runs up to budget steps. Returns normally when the budget is spent or the program ends
     * (then finished is true); throws PyError when it raises, with pc at the failing instruction.
     */
    void run(int budget) {
        Object[] st = stack;
        int s = sp;
        int p = pc;
        int[] o = code.ops;
        Object[] k = code.consts;
        int f = fp;
        int left = budget;
        int at = p;
        try {
            while (left-- > 0) {
                at = p;
                switch (o[p++]) {
                    case Op.CONST:
                        st[s++] = k[o[p++]];
                        break;
                    case Op.LOAD_FAST: {
                        Object v = st[f + o[p++]];
                        if (v == null) {
                            throw new PyError("UnboundLocalError", "cannot access local variable '"
                                    + code.varnames[o[p - 1]] + "' where it is not associated with a value");
                        }
                        st[s++] = v;
                        break;
                    }
                    case Op.STORE_FAST:
                        st[f + o[p++]] = st[--s];
                        break;
                    case Op.LOAD_GLOBAL: {
                        int g = o[p++];
                        Object v = globals[g];
                        if (v == null) {
                            v = builtinFor[g];
                            if (v == null) {
                                throw nameError(globalNames[g]);
                            }
                        }
                        st[s++] = v;
                        break;
                    }
                    case Op.STORE_GLOBAL: {
                        int g = o[p++];
                        Object v = st[--s];
                        if (globals[g] == null) {
                            bindingOrder[bound++] = g;
                        }
                        globals[g] = v;
                        if (v instanceof Double d) {
                            watcher.assigned(globalNames[g], d);
                        } else if (v instanceof Integer i) {
                            watcher.assigned(globalNames[g], i);
                        } else if (v instanceof BigInt) {
                            watcher.assigned(globalNames[g], Ints.toDouble(v));
                        }
                        break;
                    }
                    case Op.POP:
                        st[--s] = null;
                        break;
                    case Op.DUP:
                        st[s] = st[s - 1];
                        s++;
                        break;
                    case Op.DUP2:
                        st[s] = st[s - 2];
                        st[s + 1] = st[s - 1];
                        s += 2;
                        break;
                    case Op.ROT2: {
                        Object t = st[s - 1];
                        st[s - 1] = st[s - 2];
                        st[s - 2] = t;
                        break;
                    }
                    case Op.ROT3: {
                        Object t = st[s - 1];
                        st[s - 1] = st[s - 2];
                        st[s - 2] = st[s - 3];
                        st[s - 3] = t;
                        break;
                    }
                    case Op.BINARY: {
                        int op = o[p++];
                        Object b = st[--s];
                        Object a = st[s - 1];
                        Object r;
                        if ((r = Ops.quick(op, a, b)) == null) {
                            r = ops.binary(op, a, b);
                            left -= ops.extraWork;
                            ops.extraWork = 0;
                        }
                        st[s - 1] = r;
                        st[s] = null;
                        break;
                    }
                    case Op.INPLACE: {
                        int op = o[p++];
                        Object b = st[--s];
                        Object r = Ops.quick(op, st[s - 1], b);
                        if (r == null) {
                            r = ops.inplace(op, st[s - 1], b, builtins);
                            left -= ops.extraWork;
                            ops.extraWork = 0;
                        }
                        st[s - 1] = r;
                        st[s] = null;
                        break;
                    }
                    case Op.NEG:
                        st[s - 1] = ops.negate(st[s - 1]);
                        break;
                    case Op.POS:
                        st[s - 1] = ops.plus(st[s - 1]);
                        break;
                    case Op.NOT:
                        st[s - 1] = !Ops.truth(st[s - 1]);
                        break;
                    case Op.COMPARE: {
                        int op = o[p++];
                        Object b = st[--s];
                        Object a = st[s - 1];
                        Object r;
                        if (op <= Ops.GE && (a instanceof Double || a instanceof Integer)
                                && (b instanceof Double || b instanceof Integer)) {
                            // floats and ints within 32 bits: as doubles, exactly (NaN compares false)
                            double dx = a instanceof Double x ? x : (Integer) a;
                            double dy = b instanceof Double y ? y : (Integer) b;
                            switch (op) {
                                case Ops.EQ -> r = dx == dy;
                                case Ops.NE -> r = dx != dy;
                                case Ops.LT -> r = dx < dy;
                                case Ops.LE -> r = dx <= dy;
                                case Ops.GT -> r = dx > dy;
                                case Ops.GE -> r = dx >= dy;
                                default -> r = ops.compare(op, a, b);
                            }
                        } else {
                            r = ops.compare(op, a, b);
                            left -= ops.extraWork;
                            ops.extraWork = 0;
                        }
                        st[s - 1] = r;
                        st[s] = null;
                        break;
                    }
                    case Op.JUMP:
                        p = o[p];
                        break;
                    case Op.POP_JUMP_IF_FALSE: {
                        Object v = st[--s];
                        st[s] = null;
                        p = (v == Boolean.FALSE || (v != Boolean.TRUE && !Ops.truth(v))) ? o[p] : p + 1;
                        break;
                    }
                    case Op.POP_JUMP_IF_TRUE: {
                        Object v = st[--s];
                        st[s] = null;
                        p = Ops.truth(v) ? o[p] : p + 1;
                        break;
                    }
                    case Op.JUMP_IF_FALSE_OR_POP:
                        if (!Ops.truth(st[s - 1])) {
                            p = o[p];
                        } else {
                            st[--s] = null;
                            p++;
                        }
                        break;
                    case Op.JUMP_IF_TRUE_OR_POP:
                        if (Ops.truth(st[s - 1])) {
                            p = o[p];
                        } else {
                            st[--s] = null;
                            p++;
                        }
                        break;
                    case Op.BUILD_LIST:
                    case Op.BUILD_TUPLE: {
                        int n = o[p++];
                        Object[] items = new Object[n];
                        s -= n;
                        System.arraycopy(st, s, items, 0, n);
                        for (int i = 0; i < n; i++) {
                            st[s + i] = null;
                        }
                        st[s++] = o[p - 2] == Op.BUILD_LIST ? PyList.of(items) : n == 0 ? PyTuple.EMPTY : new PyTuple(items);
                        break;
                    }
                    case Op.BUILD_SLICE: {
                        s -= 2;
                        st[s - 1] = new Slice(st[s - 1], st[s], st[s + 1]);
                        st[s] = null;
                        st[s + 1] = null;
                        break;
                    }
                    case Op.SUBSCR: {
                        Object index = st[--s];
                        st[s] = null;
                        st[s - 1] = Sequences.get(st[s - 1], index, ops);
                        left -= ops.extraWork;
                        ops.extraWork = 0;
                        break;
                    }
                    case Op.STORE_SUBSCR: {
                        s -= 3;
                        Sequences.set(st[s + 1], st[s + 2], st[s]);
                        st[s] = null;
                        st[s + 1] = null;
                        st[s + 2] = null;
                        break;
                    }
                    case Op.GET_ITER:
                        st[s - 1] = builtins.iterator(st[s - 1]);
                        break;
                    case Op.FOR_ITER: {
                        Object v = builtins.next((PyIterator) st[s - 1]);
                        if (v == null) {
                            st[--s] = null;
                            p = o[p];
                        } else {
                            st[s++] = v;
                            p++;
                        }
                        break;
                    }
                    case Op.UNPACK: {
                        int n = o[p++];
                        Object v = st[s - 1];
                        Object[] items = Sequences.unpack(v, n, builtins);
                        ensureRoom(s, n);
                        st = stack;
                        s--;
                        for (int i = n - 1; i >= 0; i--) {
                            st[s++] = items[i];
                        }
                        break;
                    }
                    case Op.LOAD_APPEND: {
                        Object v = st[s - 1];
                        if (!(v instanceof PyList)) {
                            throw new PyError("AttributeError", (v instanceof Builtin b && b.isClass()
                                    ? "type object '" + b.name + "'" : "'" + Repr.typeName(v) + "' object")
                                    + " has no attribute 'append'");
                        }
                        st[s - 1] = new Builtin(Builtins.APPEND, "append", v);
                        break;
                    }
                    case Op.CALL:
                    case Op.CALL_KW: {
                        boolean kw = o[p - 1] == Op.CALL_KW;
                        int n = o[p++];
                        String[] names = kw ? code.keywords[o[p++]] : null;
                        int total = n + (kw ? names.length : 0);
                        Object callee = st[s - total - 1];
                        if (callee instanceof Function fn) {
                            if (kw) {
                                throw PyError.type(fn.code.name + "() got an unexpected keyword argument '"
                                        + names[0] + "'");
                            }
                            Code c = fn.code;
                            if (n != c.params) {
                                throw arity(c, n);
                            }
                            if (depth + 2 > limits.maxDepth()) {
                                throw new PyError("RecursionError", "maximum recursion depth exceeded");
                            }
                            framePc[depth] = p;
                            frameFp[depth] = f;
                            frameCode[depth] = code;
                            depth++;
                            if (depth == frameCode.length) {
                                growFrames();
                            }
                            f = s - n;
                            int nl = c.varnames.length;
                            ensureRoom(s, nl + c.ops.length + 8);
                            st = stack;
                            for (int i = n; i < nl; i++) {
                                st[f + i] = null;
                            }
                            s = f + nl;
                            code = c;
                            frameCode[depth] = c;
                            o = c.ops;
                            k = c.consts;
                            p = 0;
                        } else if (callee instanceof Builtin b && n == 1 && !kw && depth + 3 <= limits.maxDepth()) {
                            pc = at;
                            Object r = builtins.call1(b, st[s - 1]);
                            left -= ops.extraWork;
                            ops.extraWork = 0;
                            st[s - 1] = null;
                            st[s - 2] = r;
                            s--;
                        } else if (callee instanceof Builtin b) {
                            Object[] args = new Object[n];
                            System.arraycopy(st, s - total, args, 0, n);
                            Object[] kwValues = null;
                            if (kw) {
                                kwValues = new Object[names.length];
                                System.arraycopy(st, s - names.length, kwValues, 0, names.length);
                            }
                            pc = at;
                            if (depth + 3 > limits.maxDepth()) {
                                nearTheLimit(b, args);
                            }
                            Object r = builtins.call(b, args, names, kwValues);
                            left -= ops.extraWork;
                            ops.extraWork = 0;
                            for (int i = s - total - 1; i < s; i++) {
                                st[i] = null;
                            }
                            s -= total + 1;
                            st[s++] = r;
                        } else {
                            throw PyError.type("'" + Repr.typeName(callee) + "' object is not callable");
                        }
                        break;
                    }
                    case Op.RETURN: {
                        Object r = st[--s];
                        if (depth == 0) {
                            finished = true;
                            steps += budget - left;
                            pc = at;
                            sp = s;
                            return;
                        }
                        for (int i = f - 1; i < s; i++) {
                            st[i] = null;
                        }
                        s = f - 1;
                        depth--;
                        code = frameCode[depth];
                        p = framePc[depth];
                        f = frameFp[depth];
                        o = code.ops;
                        k = code.consts;
                        st[s++] = r;
                        break;
                    }
                    case Op.MAKE_FUNCTION:
                        st[s++] = new Function((Code) k[o[p++]]);
                        break;
                    default:
                        throw new IllegalStateException("bad instruction " + o[p - 1]);
                }
            }
        } catch (PyError e) {
            pc = at;
            sp = s;
            fp = f;
            steps += budget - left;
            throw e;
        }
        // the loop ends with left at -1, or below when an instruction's extra work overdrew it:
        // that work counts too, towards the program's limit of steps
        steps += budget - (left + 1);
        pc = p;
        sp = s;
        fp = f;
    }

    /**
     * CPython counts some C-level calls against the recursion limit too: with its 1,000 frames
     * nearly used, these built-ins raise RecursionError, with the words CPython 3.11 uses.
     */
    private void nearTheLimit(Builtin b, Object[] args) {
        boolean last = depth + 2 > limits.maxDepth(); // no frame left at all
        String why = null;
        switch (b.id) {
            case Builtins.PRINT -> {
                boolean sequence = false;
                boolean nonStr = false;
                for (Object a : args) {
                    sequence |= (a instanceof PyList l && l.size > 0) || (a instanceof PyTuple t && t.items.length > 0);
                    nonStr |= !(a instanceof String);
                }
                why = last ? (nonStr ? " while getting the str of an object" : " while calling a Python object")
                        : sequence ? " while getting the repr of an object" : " while calling a Python object";
            }
            case Builtins.REPR -> why = last ? " while calling a Python object" : " while getting the repr of an object";
            case Builtins.STR -> {
                Object a = args.length > 0 ? args[0] : "";
                boolean sequence = (a instanceof PyList l && l.size > 0) || (a instanceof PyTuple t && t.items.length > 0);
                if (last && !(a instanceof String)) {
                    why = " while getting the str of an object";
                } else if (sequence) {
                    why = " while getting the repr of an object";
                }
            }
            case Builtins.MIN, Builtins.MAX -> why = last ? " while calling a Python object" : " in comparison";
            case Builtins.INT, Builtins.ABS, Builtins.ROUND -> why = last ? " while calling a Python object" : null;
            case Builtins.RANGE -> why = last ? " in comparison" : null;
            default -> why = null;
        }
        if (why != null) {
            throw new PyError("RecursionError", "maximum recursion depth exceeded" + why);
        }
    }

    private void ensureRoom(int s, int room) {
        sp = s;
        ensureStack(room);
    }

    private void growFrames() {
        int n = frameCode.length * 2;
        Code[] c = new Code[n];
        int[] p = new int[n];
        int[] f = new int[n];
        System.arraycopy(frameCode, 0, c, 0, depth);
        System.arraycopy(framePc, 0, p, 0, depth);
        System.arraycopy(frameFp, 0, f, 0, depth);
        frameCode = c;
        framePc = p;
        frameFp = f;
    }

    private static PyError arity(Code c, int given) {
        int want = c.params;
        if (given > want) {
            return PyError.type(c.name + "() takes " + want + " positional argument" + (want == 1 ? "" : "s")
                    + " but " + given + (given == 1 ? " was" : " were") + " given");
        }
        int missing = want - given;
        StringBuilder names = new StringBuilder();
        for (int i = given; i < want; i++) {
            if (i > given) {
                names.append(missing == 2 ? " and " : i == want - 1 ? ", and " : ", ");
            }
            names.append('\'').append(c.varnames[i]).append('\'');
        }
        return PyError.type(c.name + "() missing " + missing + " required positional argument"
                + (missing == 1 ? "" : "s") + ": " + names.toString());
    }

    private PyError nameError(String name) {
        if (Suggestions.isPythonBuiltin(name)) {
            return new PyError("NameError", "name '" + name + "' is a Python built-in that is not part of Knob's Python");
        }
        String message = "name '" + name + "' is not defined";
        String[] varnames = code.varnames;
        String suggestion = Suggestions.best(varnames, varnames.length, name);
        if (suggestion == null) {
            String[] bound0 = new String[Suggestions.MODULE_DUNDERS.length + bound];
            System.arraycopy(Suggestions.MODULE_DUNDERS, 0, bound0, 0, Suggestions.MODULE_DUNDERS.length);
            for (int i = 0; i < bound; i++) {
                bound0[Suggestions.MODULE_DUNDERS.length + i] = globalNames[bindingOrder[i]];
            }
            suggestion = Suggestions.best(bound0, bound0.length, name);
        }
        if (suggestion == null) {
            suggestion = Suggestions.best(Suggestions.BUILTINS, Suggestions.BUILTINS.length, name);
        }
        return new PyError("NameError", suggestion == null ? message : message + ". Did you mean: '" + suggestion + "'?");
    }
}
