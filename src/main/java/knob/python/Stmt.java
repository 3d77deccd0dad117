package knob.python;

import java.util.List;

/** A statement of Knob's Python, with its line. */
public abstract class Stmt {
    /** The line it starts on, 1-based. */
    public final int line;

    Stmt(int line) {
        this.line = line;
    }

    public static final class ExprStmt extends Stmt {
        public final Expr expr;

        ExprStmt(Expr expr, int line) {
            super(line);
            this.expr = expr;
        }
    }

    /** {@code a = b = value}: each target is a Name, an Index or a tuple/list of targets. */
    public static final class Assign extends Stmt {
        public final List<Expr> targets;
        public final Expr value;

        Assign(List<Expr> targets, Expr value, int line) {
            super(line);
            this.targets = targets;
            this.value = value;
        }
    }

    /** {@code target op= value}, op one of {@code + - * / // % **}. */
    public static final class AugAssign extends Stmt {
        public final Expr target;
        public final String op;
        public final Expr value;

        AugAssign(Expr target, String op, Expr value, int line) {
            super(line);
            this.target = target;
            this.op = op;
            this.value = value;
        }
    }

    /** if/elif/else: elif is an If inside orElse. */
    public static final class If extends Stmt {
        public final Expr test;
        public final List<Stmt> body;
        public final List<Stmt> orElse;

        If(Expr test, List<Stmt> body, List<Stmt> orElse, int line) {
            super(line);
            this.test = test;
            this.body = body;
            this.orElse = orElse;
        }
    }

    public static final class While extends Stmt {
        public final Expr test;
        public final List<Stmt> body;

        While(Expr test, List<Stmt> body, int line) {
            super(line);
            this.test = test;
            this.body = body;
        }
    }

    public static final class For extends Stmt {
        public final Expr target;
        public final Expr iterable;
        public final List<Stmt> body;

        For(Expr target, Expr iterable, List<Stmt> body, int line) {
            super(line);
            this.target = target;
            this.iterable = iterable;
            this.body = body;
        }
    }

    public static final class Def extends Stmt {
        public final String name;
        public final List<String> params;
        public final List<Stmt> body;

        Def(String name, List<String> params, List<Stmt> body, int line) {
            super(line);
            this.name = name;
            this.params = params;
            this.body = body;
        }
    }

    /** value is null for a bare {@code return}. */
    public static final class Return extends Stmt {
        public final Expr value;

        Return(Expr value, int line) {
            super(line);
            this.value = value;
        }
    }

    public static final class Break extends Stmt {
        Break(int line) {
            super(line);
        }
    }

    public static final class Continue extends Stmt {
        Continue(int line) {
            super(line);
        }
    }

    public static final class Pass extends Stmt {
        Pass(int line) {
            super(line);
        }
    }
}
