package org.qrc4j.simulator.qasm;

/**
 * An OpenQASM program that cannot be read: a syntax error, or a statement qrc4j cannot simulate.
 * The message always starts with the position, then says what was expected or what is allowed,
 * for example {@code line 3, column 5: expected ';' after the gate arguments but found 'h'}.
 *
 * <p>It extends {@link IllegalArgumentException} because the program text is an argument that
 * does not fit, so callers that already handle bad arguments need nothing new.
 */
public final class QasmSyntaxException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final int line;
    private final int column;

    /**
     * An error at a position of the source.
     *
     * @param line   1-based line
     * @param column 1-based column (in characters, a tab counting as one)
     * @param detail what was expected or why the statement is refused, without the position
     */
    public QasmSyntaxException(int line, int column, String detail) {
        super("line " + line + ", column " + column + ": " + detail);
        this.line = line;
        this.column = column;
    }

    /** The 1-based line of the error. */
    public int line() {
        return line;
    }

    /** The 1-based column of the error. */
    public int column() {
        return column;
    }
}
