package knob.python;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns statements into flat instructions for the machine, one Code per function. Names are
 * resolved here: a function's locals (its parameters and every name it assigns) to slots,
 * everything else to global slots that fall back on the built-ins.
 */
final class Compiler {
    /** All global names, by slot. */
    final List<String> globals = new ArrayList<>();

    private int[] ops = new int[64];
    private int[] lines = new int[64];
    private int size;
    private Object[] consts = new Object[8]; // an array, not a list: no Double reaches a list's toString
    private int nconsts;
    /** print's keyword names at each call that has them, apart from consts so that no str[] meets a float. */
    private String[][] keywords = new String[2][];
    private int nkeywords;
    private List<String> locals;     // null at module level
    private List<String> varnames;   // locals in order of first use
    private final List<int[]> loops = new ArrayList<>(); // {isFor, continueTarget, breakListIndex}
    private final List<List<Integer>> breaks = new ArrayList<>();
    private int line;

    /** Compiles a module. @throws SyntaxError */
    Code module(List<Stmt> body) {
        block(body);
        emit(Op.CONST, constant(PyNone.NONE));
        emit(Op.RETURN);
        return finish("<module>", 0);
    }

    private Code finish(String name, int params) {
        int[] o = new int[size];
        int[] l = new int[size];
        System.arraycopy(ops, 0, o, 0, size);
        System.arraycopy(lines, 0, l, 0, size);
        String[] names = varnames == null ? new String[0] : strings(varnames);
        Object[] c = new Object[nconsts];
        System.arraycopy(consts, 0, c, 0, nconsts);
        String[][] k = new String[nkeywords][];
        System.arraycopy(keywords, 0, k, 0, nkeywords);
        return new Code(name, o, l, c, params, names, k);
    }

    /**
     * A list's strings as an array (List.toArray(T[]) and Arrays.copyOf of objects bring TeaVM's
     * reflection of array types into the script).
     */
    static String[] strings(List<String> list) {
        String[] out = new String[list.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = list.get(i);
        }
        return out;
    }

    private Code function(Stmt.Def def) {
        Compiler c = new Compiler(this);
        c.locals = new ArrayList<>(def.params);
        c.varnames = new ArrayList<>(def.params);
        for (Stmt s : def.body) {
            assigned(s, c.locals);
        }
        c.line = def.line;
        c.block(def.body);
        c.emit(Op.CONST, c.constant(PyNone.NONE));
        c.emit(Op.RETURN);
        return c.finish(def.name, def.params.size());
    }

    Compiler() {
    }

    private Compiler(Compiler parent) {
        globalsFrom = parent;
    }

    private Compiler globalsFrom;

    private int global(String name) {
        List<String> g = globalsFrom != null ? globalsFrom.globals : globals;
        int i = g.indexOf(name);
        if (i < 0) {
            g.add(name);
            i = g.size() - 1;
        }
        return i;
    }

    /** Collects the names a function body binds (its locals). */
    private static void assigned(Stmt s, List<String> into) {
        if (s instanceof Stmt.Assign a) {
            for (Expr t : a.targets) {
                targetNames(t, into);
            }
        } else if (s instanceof Stmt.AugAssign a) {
            targetNames(a.target, into);
        } else if (s instanceof Stmt.For f) {
            targetNames(f.target, into);
            for (Stmt b : f.body) {
                assigned(b, into);
            }
        } else if (s instanceof Stmt.While w) {
            for (Stmt b : w.body) {
                assigned(b, into);
            }
        } else if (s instanceof Stmt.If i) {
            for (Stmt b : i.body) {
                assigned(b, into);
            }
            for (Stmt b : i.orElse) {
                assigned(b, into);
            }
        } else if (s instanceof Stmt.Def d) {
            if (!into.contains(d.name)) {
                into.add(d.name);
            }
        }
    }

    private static void targetNames(Expr t, List<String> into) {
        if (t instanceof Expr.Name n) {
            if (!into.contains(n.id)) {
                into.add(n.id);
            }
        } else if (t instanceof Expr.TupleDisplay d) {
            for (Expr e : d.items) {
                targetNames(e, into);
            }
        } else if (t instanceof Expr.ListDisplay d) {
            for (Expr e : d.items) {
                targetNames(e, into);
            }
        }
    }

    private void block(List<Stmt> body) {
        for (Stmt s : body) {
            statement(s);
        }
    }

    private void statement(Stmt s) {
        line = s.line;
        if (s instanceof Stmt.ExprStmt e) {
            expr(e.expr);
            emit(Op.POP);
        } else if (s instanceof Stmt.Assign a) {
            expr(a.value);
            List<Expr> targets = a.targets;
            for (int i = 0; i < targets.size(); i++) {
                if (i < targets.size() - 1) {
                    emit(Op.DUP);
                }
                store(targets.get(i));
            }
        } else if (s instanceof Stmt.AugAssign a) {
            int op = Ops.operator(a.op);
            if (a.target instanceof Expr.Name n) {
                load(n);
                expr(a.value);
                line = s.line;
                emit(Op.INPLACE, op);
                store(n);
            } else {
                Expr.Index ix = (Expr.Index) a.target;
                expr(ix.target);
                expr(ix.index);
                emit(Op.DUP2);
                emit(Op.SUBSCR);
                expr(a.value);
                line = s.line;
                emit(Op.INPLACE, op);
                emit(Op.ROT3);
                emit(Op.STORE_SUBSCR);
            }
        } else if (s instanceof Stmt.If i) {
            expr(i.test);
            int toElse = jump(Op.POP_JUMP_IF_FALSE);
            block(i.body);
            if (i.orElse.isEmpty()) {
                patch(toElse);
            } else {
                int toEnd = jump(Op.JUMP);
                patch(toElse);
                block(i.orElse);
                patch(toEnd);
            }
        } else if (s instanceof Stmt.While w) {
            int top = size;
            expr(w.test);
            int toEnd = jump(Op.POP_JUMP_IF_FALSE);
            loop(false, top, w.body);
            line = w.line;
            emit(Op.JUMP, top);
            patch(toEnd);
            endLoop();
        } else if (s instanceof Stmt.For f) {
            expr(f.iterable);
            line = f.line;
            emit(Op.GET_ITER);
            int top = size;
            int toEnd = jump(Op.FOR_ITER);
            store(f.target);
            loop(true, top, f.body);
            line = f.line;
            emit(Op.JUMP, top);
            patch(toEnd);
            endLoop();
        } else if (s instanceof Stmt.Def d) {
            if (locals != null) {
                throw SyntaxError.notInKnob("a def inside a def", d.line);
            }
            Code code = function(d);
            emit(Op.MAKE_FUNCTION, constant(code));
            store(new Expr.Name(d.name, d.line));
        } else if (s instanceof Stmt.Return r) {
            if (locals == null) {
                throw new SyntaxError("'return' outside function", r.line);
            }
            if (r.value == null) {
                emit(Op.CONST, constant(PyNone.NONE));
            } else {
                expr(r.value);
            }
            emit(Op.RETURN);
        } else if (s instanceof Stmt.Break b) {
            if (loops.isEmpty()) {
                throw new SyntaxError("'break' outside loop", b.line);
            }
            int[] l = loops.get(loops.size() - 1);
            if (l[0] == 1) {
                emit(Op.POP);
            }
            breaks.get(breaks.size() - 1).add(jump(Op.JUMP));
        } else if (s instanceof Stmt.Continue c) {
            if (loops.isEmpty()) {
                throw new SyntaxError("'continue' not properly in loop", c.line);
            }
            emit(Op.JUMP, loops.get(loops.size() - 1)[1]);
        }
    }

    private void loop(boolean isFor, int top, List<Stmt> body) {
        loops.add(new int[] {isFor ? 1 : 0, top});
        breaks.add(new ArrayList<>());
        block(body);
    }

    private void endLoop() {
        loops.remove(loops.size() - 1);
        for (int at : breaks.remove(breaks.size() - 1)) {
            patch(at);
        }
    }

    private void store(Expr target) {
        line = Math.max(line, 0);
        if (target instanceof Expr.Name n) {
            if (locals != null && locals.contains(n.id)) {
                emit(Op.STORE_FAST, slot(n.id));
            } else {
                emit(Op.STORE_GLOBAL, global(n.id));
            }
        } else if (target instanceof Expr.Index ix) {
            expr(ix.target);
            expr(ix.index);
            emit(Op.STORE_SUBSCR);
        } else {
            List<Expr> items = target instanceof Expr.TupleDisplay t ? t.items : ((Expr.ListDisplay) target).items;
            emit(Op.UNPACK, items.size());
            for (Expr item : items) {
                store(item);
            }
        }
    }

    private int slot(String name) {
        int i = varnames.indexOf(name);
        if (i < 0) {
            varnames.add(name);
            i = varnames.size() - 1;
        }
        return i;
    }

    private void load(Expr.Name n) {
        if (locals != null && locals.contains(n.id)) {
            emit(Op.LOAD_FAST, slot(n.id));
        } else {
            emit(Op.LOAD_GLOBAL, global(n.id));
        }
    }

    private void expr(Expr e) {
        int saved = line;
        line = e.line;
        exprAt(e);
        line = saved;
    }

    private void exprAt(Expr e) {
        if (e instanceof Expr.Literal l) {
            emit(Op.CONST, constant(l.value));
        } else if (e instanceof Expr.Name n) {
            load(n);
        } else if (e instanceof Expr.Unary u) {
            if (u.op.equals("-") && u.operand instanceof Expr.Literal l
                    && (Ints.isInt(l.value) || l.value instanceof Double)) {
                Object v = l.value instanceof Double d ? (Object) (-d) : Ints.negate(l.value);
                emit(Op.CONST, constant(v));
                return;
            }
            expr(u.operand);
            emit(u.op.equals("-") ? Op.NEG : u.op.equals("+") ? Op.POS : Op.NOT);
        } else if (e instanceof Expr.Binary b) {
            expr(b.left);
            expr(b.right);
            emit(Op.BINARY, Ops.operator(b.op));
        } else if (e instanceof Expr.Logical l) {
            expr(l.left);
            int end = jump(l.op.equals("and") ? Op.JUMP_IF_FALSE_OR_POP : Op.JUMP_IF_TRUE_OR_POP);
            expr(l.right);
            patch(end);
        } else if (e instanceof Expr.Compare c) {
            compare(c);
        } else if (e instanceof Expr.Call c) {
            call(c);
        } else if (e instanceof Expr.Index ix) {
            expr(ix.target);
            expr(ix.index);
            line = ix.line;
            emit(Op.SUBSCR);
        } else if (e instanceof Expr.Slice s) {
            part(s.lower);
            part(s.upper);
            part(s.step);
            emit(Op.BUILD_SLICE);
        } else if (e instanceof Expr.ListDisplay l) {
            for (Expr item : l.items) {
                expr(item);
            }
            emit(Op.BUILD_LIST, l.items.size());
        } else if (e instanceof Expr.TupleDisplay t) {
            for (Expr item : t.items) {
                expr(item);
            }
            emit(Op.BUILD_TUPLE, t.items.size());
        } else if (e instanceof Expr.Attribute a) {
            expr(a.target);
            emit(Op.LOAD_APPEND);
        }
    }

    private void part(Expr e) {
        if (e == null) {
            emit(Op.CONST, constant(PyNone.NONE));
        } else {
            expr(e);
        }
    }

    private void compare(Expr.Compare c) {
        List<String> opsList = c.ops;
        List<Expr> operands = c.operands;
        expr(operands.get(0));
        if (opsList.size() == 1) {
            expr(operands.get(1));
            emit(Op.COMPARE, Ops.comparison(opsList.get(0)));
            return;
        }
        List<Integer> cleanups = new ArrayList<>();
        for (int i = 0; i < opsList.size(); i++) {
            expr(operands.get(i + 1));
            if (i < opsList.size() - 1) {
                emit(Op.DUP);
                emit(Op.ROT3);
                emit(Op.COMPARE, Ops.comparison(opsList.get(i)));
                cleanups.add(jump(Op.JUMP_IF_FALSE_OR_POP));
            } else {
                emit(Op.COMPARE, Ops.comparison(opsList.get(i)));
            }
        }
        int toEnd = jump(Op.JUMP);
        for (int at : cleanups) {
            patch(at);
        }
        emit(Op.ROT2);
        emit(Op.POP);
        patch(toEnd);
    }

    private void call(Expr.Call c) {
        expr(c.callee);
        for (Expr a : c.args) {
            expr(a);
        }
        for (Expr v : c.keywordValues) {
            expr(v);
        }
        line = c.line;
        if (c.keywordNames.isEmpty()) {
            emit(Op.CALL, c.args.size());
        } else {
            emit(Op.CALL_KW, c.args.size());
            ops[size - 1] = c.args.size();
            ensure(1);
            lines[size] = line;
            if (nkeywords == keywords.length) {
                String[][] more = new String[nkeywords * 2][];
                System.arraycopy(keywords, 0, more, 0, nkeywords);
                keywords = more;
            }
            keywords[nkeywords] = strings(c.keywordNames);
            ops[size++] = nkeywords++;
        }
    }

    private int constant(Object v) {
        for (int i = 0; i < nconsts; i++) {
            Object c = consts[i];
            // (equals is false across Integer, Double, String and Boolean; a Code or a BigInt is only itself)
            if (c == v || (!(v instanceof Code) && v.equals(c) && !(v instanceof Double d && 1 / d != 1 / (Double) c))) {
                return i;
            }
        }
        if (nconsts == consts.length) {
            Object[] more = new Object[nconsts * 2];
            System.arraycopy(consts, 0, more, 0, nconsts);
            consts = more;
        }
        consts[nconsts] = v;
        return nconsts++;
    }

    private int jump(int op) {
        emit(op, -1);
        return size - 1;
    }

    private void patch(int at) {
        ops[at] = size;
    }

    private void emit(int op) {
        ensure(1);
        lines[size] = line;
        ops[size++] = op;
    }

    private void emit(int op, int arg) {
        ensure(2);
        lines[size] = line;
        ops[size++] = op;
        lines[size] = line;
        ops[size++] = arg;
    }

    private void ensure(int n) {
        if (size + n > ops.length) {
            int[] o = new int[ops.length * 2 + n];
            int[] l = new int[ops.length * 2 + n];
            System.arraycopy(ops, 0, o, 0, size);
            System.arraycopy(lines, 0, l, 0, size);
            ops = o;
            lines = l;
        }
    }
}
