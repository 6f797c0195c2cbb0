package org.qrc4j.simulator.qasm;

/**
 * One token of OpenQASM source with its 1-based position, so that every error can point at it.
 *
 * @param kind   what sort of token
 * @param text   the characters as written (the contents, without quotes, for a string)
 * @param line   1-based line
 * @param column 1-based column
 */
record Token(Kind kind, String text, int line, int column) {

    /** Token kinds. */
    enum Kind {
        IDENTIFIER, INTEGER, REAL, STRING, SYMBOL, END
    }

    boolean is(String symbol) {
        return (kind == Kind.SYMBOL || kind == Kind.IDENTIFIER) && text.equals(symbol);
    }

    /** How the token appears in messages: quoted text, or "end of input". */
    String describe() {
        return switch (kind) {
            case END -> "end of input";
            case STRING -> "\"" + text + "\"";
            default -> "'" + text + "'";
        };
    }

    QasmSyntaxException error(String detail) {
        return new QasmSyntaxException(line, column, detail);
    }
}
