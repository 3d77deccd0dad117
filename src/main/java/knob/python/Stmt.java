package knob.python;

import java.util.List;

/** A statement of Knob's Python, with its line. */
public sealed interface Stmt {
    int line();

    final class ExprStmt implements Stmt {
        private final Expr expr;
        private final int line;

        ExprStmt(Expr expr, int line) {
            this.expr = expr;
            this.line = line;
        }

        public Expr expr() {
            return expr;
        }

        public int line() {
            return line;
        }
    }

    /** {@code a = b = value}: each target is a Name, an Index or a tuple/list of targets. */
    final class Assign implements Stmt {
        private final List<Expr> targets;
        private final Expr value;
        private final int line;

        Assign(List<Expr> targets, Expr value, int line) {
            this.targets = targets;
            this.value = value;
            this.line = line;
        }

        public List<Expr> targets() {
            return targets;
        }

        public Expr value() {
            return value;
        }

        public int line() {
            return line;
        }
    }

    /** {@code target op= value}, op one of {@code + - * / // % **}. */
    final class AugAssign implements Stmt {
        private final Expr target;
        private final String op;
        private final Expr value;
        private final int line;

        AugAssign(Expr target, String op, Expr value, int line) {
            this.target = target;
            this.op = op;
            this.value = value;
            this.line = line;
        }

        public Expr target() {
            return target;
        }

        public String op() {
            return op;
        }

        public Expr value() {
            return value;
        }

        public int line() {
            return line;
        }
    }

    /** if/elif/else: elif is an If inside orElse. */
    final class If implements Stmt {
        private final Expr test;
        private final List<Stmt> body;
        private final List<Stmt> orElse;
        private final int line;

        If(Expr test, List<Stmt> body, List<Stmt> orElse, int line) {
            this.test = test;
            this.body = body;
            this.orElse = orElse;
            this.line = line;
        }

        public Expr test() {
            return test;
        }

        public List<Stmt> body() {
            return body;
        }

        public List<Stmt> orElse() {
            return orElse;
        }

        public int line() {
            return line;
        }
    }

    final class While implements Stmt {
        private final Expr test;
        private final List<Stmt> body;
        private final int line;

        While(Expr test, List<Stmt> body, int line) {
            this.test = test;
            this.body = body;
            this.line = line;
        }

        public Expr test() {
            return test;
        }

        public List<Stmt> body() {
            return body;
        }

        public int line() {
            return line;
        }
    }

    final class For implements Stmt {
        private final Expr target;
        private final Expr iterable;
        private final List<Stmt> body;
        private final int line;

        For(Expr target, Expr iterable, List<Stmt> body, int line) {
            this.target = target;
            this.iterable = iterable;
            this.body = body;
            this.line = line;
        }

        public Expr target() {
            return target;
        }

        public Expr iterable() {
            return iterable;
        }

        public List<Stmt> body() {
            return body;
        }

        public int line() {
            return line;
        }
    }

    final class Def implements Stmt {
        private final String name;
        private final List<String> params;
        private final List<Stmt> body;
        private final int line;

        Def(String name, List<String> params, List<Stmt> body, int line) {
            this.name = name;
            this.params = params;
            this.body = body;
            this.line = line;
        }

        public String name() {
            return name;
        }

        public List<String> params() {
            return params;
        }

        public List<Stmt> body() {
            return body;
        }

        public int line() {
            return line;
        }
    }

    /** value is null for a bare {@code return}. */
    final class Return implements Stmt {
        private final Expr value;
        private final int line;

        Return(Expr value, int line) {
            this.value = value;
            this.line = line;
        }

        public Expr value() {
            return value;
        }

        public int line() {
            return line;
        }
    }

    final class Break implements Stmt {
        private final int line;

        Break(int line) {
            this.line = line;
        }

        public int line() {
            return line;
        }
    }

    final class Continue implements Stmt {
        private final int line;

        Continue(int line) {
            this.line = line;
        }

        public int line() {
            return line;
        }
    }

    final class Pass implements Stmt {
        private final int line;

        Pass(int line) {
            this.line = line;
        }

        public int line() {
            return line;
        }
    }
}
