package org.qrc4j.simulator.qasm;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.qrc4j.simulator.StateVector;
import org.qrc4j.simulator.circuit.Circuit;

/**
 * Reads OpenQASM 2.0 programs into {@link QasmProgram}s: a {@link Circuit} with constant angles,
 * the register layout, and the final measurements.
 *
 * <pre>{@code
 * QasmProgram bell = QasmReader.parse("""
 *     OPENQASM 2.0;
 *     include "qelib1.inc";
 *     qreg q[2];
 *     h q[0];
 *     cx q[0], q[1];
 *     """);
 * StateVector state = StateVector.zero(bell.qubits()).apply(bell.circuit());
 * }</pre>
 *
 * <p>Supported: the {@code OPENQASM 2.0;} header, {@code include "qelib1.inc";} (whose gates are
 * built in, see below), {@code qreg}, {@code creg}, every gate of Qiskit's {@code qelib1.inc}, user
 * {@code gate} definitions (expanded inline at each call), {@code barrier} (no effect),
 * {@code measure}, register broadcast, {@code //} and {@code /* *}{@code /} comments, and parameter
 * expressions with {@code pi}, {@code + - * / ^}, unary minus and sin cos tan exp ln sqrt.
 *
 * <p>Not supported, and refused with a message saying so: {@code reset}, {@code if} and
 * {@code opaque}, and gates on a qubit after it was measured. qrc4j evolves one pure state and
 * samples shots from the final state, so there is no mid-circuit measurement whose outcome a later
 * statement could depend on.
 *
 * <p>Gates follow Qiskit's matrices exactly, global phase included: {@code U}, {@code u} and
 * {@code u3} are all Qiskit's U3 (the 2017 spec's {@code U} differs from it by the global phase
 * e^{−i(φ+λ)/2}, which no measurement sees; we follow Qiskit so that statevectors agree);
 * {@code u2(φ,λ)} is U3(π/2,φ,λ); {@code u1} and {@code p} are P; {@code cu1} and {@code cp} are CP;
 * {@code cu3} is the controlled U3; {@code rz} is exp(−iθZ/2).
 *
 * <p>Every error is a {@link QasmSyntaxException} giving the line and column.
 */
public final class QasmReader {

    /** Words that cannot name a register or gate, since they start statements or expressions. */
    private static final Set<String> RESERVED = Set.of("OPENQASM", "include", "qreg", "creg", "gate", "opaque",
            "reset", "measure", "barrier", "if", "pi", "sin", "cos", "tan", "exp", "ln", "sqrt");

    private static final String UNSUPPORTED_WHY = "qrc4j simulates one pure state and samples shots from the "
            + "final state, without mid-circuit measurement";

    /** A declared register; quantum and classical registers share one namespace, as in the spec. */
    private record Reg(String name, int offset, int size, boolean quantum, Token declared) {
        String kind() {
            return quantum ? "qreg" : "creg";
        }
    }

    /** A gate argument: a whole register ({@code index == -1}) or one of its bits. */
    private record Arg(Reg reg, int index, Token token) {
        String text() {
            return index < 0 ? reg.name() : reg.name() + "[" + index + "]";
        }
    }

    /** A gate usable in a call: built in, or defined by the program. */
    private record GateRef(String name, int parameters, int qubits, Qelib1.Builtin builtin, UserGate user) {
    }

    /** A {@code gate} definition, kept unexpanded until each call gives its parameter values. */
    private record UserGate(String name, List<String> parameters, List<String> qubits, List<BodyCall> body,
                            Token declared) {
    }

    /** One gate call in a gate body, with qubits named by the definition's qubit arguments. */
    private record BodyCall(GateRef gate, List<Expr> parameters, List<String> qubits, Token at) {
    }

    /** A built-in gate with evaluated angles and qubits, appended once the qubit count is known. */
    private record Pending(Qelib1.Builtin builtin, double[] angles, int[] qubits) {
    }

    private final List<Token> tokens;
    private int pos;
    private boolean included;
    private final Map<String, Reg> registers = new LinkedHashMap<>();
    private final Map<String, UserGate> userGates = new HashMap<>();
    private int qubitCount;
    private int clbitCount;
    private final List<Pending> pending = new ArrayList<>();
    private final List<QasmProgram.Measurement> measurements = new ArrayList<>();
    /** The measure statement of each measured qubit, to refuse later gates on it. */
    private final Map<Integer, Token> measuredAt = new HashMap<>();

    private QasmReader(String source) {
        this.tokens = Lexer.tokenize(source);
    }

    /**
     * Reads an OpenQASM 2.0 program from text.
     *
     * @throws QasmSyntaxException if the program is malformed or uses what qrc4j cannot simulate
     */
    public static QasmProgram parse(String source) {
        Objects.requireNonNull(source, "source");
        // A byte-order mark is invisible in editors; it should not become a syntax error.
        String text = source.startsWith("\uFEFF") ? source.substring(1) : source;
        return new QasmReader(text).program();
    }

    /**
     * Reads an OpenQASM 2.0 program from a UTF-8 file.
     *
     * @throws NoSuchFileException if the file does not exist, naming its absolute path
     * @throws IOException         if it cannot be read
     * @throws QasmSyntaxException if the program is malformed or uses what qrc4j cannot simulate
     */
    public static QasmProgram read(Path file) throws IOException {
        Objects.requireNonNull(file, "file");
        if (!Files.exists(file)) {
            throw new NoSuchFileException(file.toAbsolutePath().toString(), null,
                    "OpenQASM file not found (working directory " + Path.of("").toAbsolutePath() + ")");
        }
        return parse(Files.readString(file, StandardCharsets.UTF_8));
    }

    // ---------------------------------------------------------------- program and statements

    private QasmProgram program() {
        header();
        while (peek().kind() != Token.Kind.END) {
            statement();
        }
        if (qubitCount == 0) {
            throw peek().error("the program declares no qubits: expected at least one 'qreg name[size];'");
        }
        Circuit circuit = new Circuit(qubitCount);
        for (Pending p : pending) {
            p.builtin().emitter().emit(circuit, p.angles(), p.qubits());
        }
        List<QasmProgram.Register> qregs = new ArrayList<>(), cregs = new ArrayList<>();
        for (Reg reg : registers.values()) {
            (reg.quantum() ? qregs : cregs).add(new QasmProgram.Register(reg.name(), reg.offset(), reg.size()));
        }
        return new QasmProgram(circuit, qregs, cregs, measurements);
    }

    private void header() {
        Token first = peek();
        if (!first.is("OPENQASM")) {
            throw first.error("expected 'OPENQASM 2.0;' as the first statement but found " + first.describe());
        }
        next();
        Token version = next();
        if (version.kind() != Token.Kind.REAL && version.kind() != Token.Kind.INTEGER) {
            throw version.error("expected a version number after 'OPENQASM' but found " + version.describe());
        }
        if (!version.text().equals("2.0") && !version.text().equals("2")) {
            throw version.error("OpenQASM version " + version.text() + " is not supported: qrc4j reads OpenQASM 2.0 only");
        }
        expect(";", "after 'OPENQASM " + version.text() + "'");
    }

    private void statement() {
        Token t = peek();
        if (t.kind() != Token.Kind.IDENTIFIER) {
            throw t.error("expected a statement (qreg, creg, gate, include, measure, barrier or a gate call) but found "
                    + t.describe());
        }
        switch (t.text()) {
            case "OPENQASM" -> throw t.error("'OPENQASM' may appear only once, as the first statement");
            case "include" -> include();
            case "qreg", "creg" -> register();
            case "gate" -> gateDefinition();
            case "measure" -> measure();
            case "barrier" -> barrier();
            case "opaque" -> throw t.error("'opaque' is not supported: an opaque gate has no definition, so qrc4j "
                    + "cannot compute what it does to the state");
            case "reset" -> throw t.error("'reset' is not supported: " + UNSUPPORTED_WHY + " or reset");
            case "if" -> throw t.error("'if' is not supported: " + UNSUPPORTED_WHY
                    + ", so classical bits have no value while the circuit runs");
            default -> gateCall();
        }
    }

    private void include() {
        next();
        Token file = next();
        if (file.kind() != Token.Kind.STRING) {
            throw file.error("expected a file name in quotes after 'include' but found " + file.describe());
        }
        if (!file.text().equals("qelib1.inc")) {
            throw file.error("cannot include \"" + file.text() + "\": only \"qelib1.inc\" is supported, and its gates "
                    + "are built into qrc4j (no file is read)");
        }
        for (String name : userGates.keySet()) {
            if (Qelib1.get(name) != null) {
                throw file.error("qelib1.inc defines gate '" + name + "', which this program already defined "
                        + "itself: include \"qelib1.inc\" before any gate definition");
            }
        }
        expect(";", "after 'include \"qelib1.inc\"'");
        included = true;
    }

    private void register() {
        Token keyword = next();
        boolean quantum = keyword.text().equals("qreg");
        Token name = name("a register name after '" + keyword.text() + "'");
        Reg previous = registers.get(name.text());
        if (previous != null) {
            throw name.error("register '" + name.text() + "' is already declared (as a " + previous.kind() + " at line "
                    + previous.declared().line() + ", column " + previous.declared().column() + ")");
        }
        expect("[", "after the register name '" + name.text() + "'");
        Token sizeToken = peek();
        int size = integer("the size of register '" + name.text() + "'");
        if (size < 1) {
            throw sizeToken.error("register '" + name.text() + "' must have size at least 1, found " + size);
        }
        expect("]", "after the size of register '" + name.text() + "'");
        expect(";", "after '" + keyword.text() + " " + name.text() + "[" + size + "]'");
        if (quantum) {
            if ((long) qubitCount + size > StateVector.MAX_QUBITS) {
                throw sizeToken.error("qreg '" + name.text() + "' brings the program to " + ((long) qubitCount + size)
                        + " qubits, but qrc4j simulates at most " + StateVector.MAX_QUBITS);
            }
            registers.put(name.text(), new Reg(name.text(), qubitCount, size, true, name));
            qubitCount += size;
        } else {
            registers.put(name.text(), new Reg(name.text(), clbitCount, size, false, name));
            clbitCount += size;
        }
    }

    private void measure() {
        Token keyword = next();
        Arg qubit = argument("a qubit or qreg to measure after 'measure'");
        requireQuantum(qubit, "'measure' reads a qubit");
        expect("->", "after '" + qubit.text() + "' in measure");
        Arg bit = argument("a classical bit or creg after '->'");
        if (bit.reg().quantum()) {
            throw bit.token().error("'" + bit.reg().name() + "' is a qreg, but measure writes to a creg");
        }
        expect(";", "after 'measure " + qubit.text() + " -> " + bit.text() + "'");
        if ((qubit.index() < 0) != (bit.index() < 0)) {
            throw bit.token().error("measure maps one qubit to one bit, or a whole qreg to a whole creg; found '"
                    + qubit.text() + " -> " + bit.text() + "'");
        }
        if (qubit.index() < 0) {
            if (qubit.reg().size() != bit.reg().size()) {
                throw bit.token().error("measure of a whole register needs equal sizes: qreg '" + qubit.reg().name()
                        + "' has " + qubit.reg().size() + " qubits but creg '" + bit.reg().name() + "' has "
                        + bit.reg().size() + " bits");
            }
            for (int i = 0; i < qubit.reg().size(); i++) {
                record(qubit.reg().offset() + i, bit.reg().offset() + i, keyword);
            }
        } else {
            record(qubit.reg().offset() + qubit.index(), bit.reg().offset() + bit.index(), keyword);
        }
    }

    private void record(int qubit, int clbit, Token at) {
        measurements.add(new QasmProgram.Measurement(qubit, clbit));
        measuredAt.putIfAbsent(qubit, at);
    }

    private void barrier() {
        next();
        // A barrier only constrains compilers; for a simulator it does nothing, but its arguments
        // are still checked so that typos are caught.
        do {
            Arg arg = argument("a qubit or qreg after 'barrier'");
            requireQuantum(arg, "'barrier' takes qubits");
        } while (accept(","));
        expect(";", "after the arguments of 'barrier'");
    }

    // ---------------------------------------------------------------- gate calls

    private void gateCall() {
        Token nameToken = next();
        GateRef gate = lookup(nameToken);
        List<Expr> expressions = new ArrayList<>();
        List<Token> starts = new ArrayList<>();
        if (peek().is("(")) {
            parameterList(expressions, starts, Set.of(), gate.name());
        }
        checkParameterCount(gate, expressions.size(), nameToken);
        double[] values = new double[expressions.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = expressions.get(i).eval(Map.of());
            if (!Double.isFinite(values[i])) {
                throw starts.get(i).error("parameter " + (i + 1) + " of gate '" + gate.name()
                        + "' must be a finite number, but it evaluates to " + values[i]);
            }
        }
        List<Arg> args = new ArrayList<>();
        do {
            Arg arg = argument("a qubit or qreg argument of gate '" + gate.name() + "'");
            requireQuantum(arg, "gate '" + gate.name() + "' acts on qubits");
            args.add(arg);
        } while (accept(","));
        if (args.size() < gate.qubits() && !peek().is(";")) {
            // Most likely a missing comma: say so where it is missing, not at the gate's name.
            expect(",", "between the qubit arguments of gate '" + gate.name() + "'");
        }
        if (args.size() != gate.qubits()) {
            throw nameToken.error("gate '" + gate.name() + "' expects " + gate.qubits() + " qubit argument(s) but found "
                    + args.size());
        }
        expect(";", "after the arguments of gate '" + gate.name() + "'");

        // Broadcast: whole registers must agree in size; single qubits repeat for each index.
        int count = 1;
        Arg wholeSeen = null;
        for (Arg arg : args) {
            if (arg.index() < 0) {
                if (wholeSeen != null && arg.reg().size() != wholeSeen.reg().size()) {
                    throw arg.token().error("broadcast size mismatch in gate '" + gate.name() + "': qreg '"
                            + wholeSeen.reg().name() + "' has " + wholeSeen.reg().size() + " qubits but qreg '"
                            + arg.reg().name() + "' has " + arg.reg().size() + "; whole registers given to one gate "
                            + "must have equal sizes");
                }
                wholeSeen = arg;
                count = arg.reg().size();
            }
        }
        for (int k = 0; k < count; k++) {
            int[] qubits = new int[args.size()];
            for (int j = 0; j < args.size(); j++) {
                Arg arg = args.get(j);
                qubits[j] = arg.reg().offset() + (arg.index() < 0 ? k : arg.index());
                for (int l = 0; l < j; l++) {
                    if (qubits[l] == qubits[j]) {
                        throw arg.token().error("gate '" + gate.name() + "' is given qubit " + qubitName(qubits[j])
                                + " twice; the qubits of one gate must be distinct");
                    }
                }
            }
            for (int j = 0; j < qubits.length; j++) {
                Token measured = measuredAt.get(qubits[j]);
                if (measured != null) {
                    throw args.get(j).token().error("gate '" + gate.name() + "' acts on qubit " + qubitName(qubits[j])
                            + " after it was measured (line " + measured.line() + "): measurements must come after "
                            + "all gates on their qubits, since " + UNSUPPORTED_WHY);
                }
            }
            expand(gate, values, qubits, nameToken);
        }
    }

    /** Appends a gate: a built-in directly, a user gate by expanding its body with these values. */
    private void expand(GateRef gate, double[] values, int[] qubits, Token site) {
        if (gate.builtin() != null) {
            pending.add(new Pending(gate.builtin(), values, qubits));
            return;
        }
        UserGate user = gate.user();
        Map<String, Double> env = new HashMap<>();
        for (int i = 0; i < values.length; i++) {
            env.put(user.parameters().get(i), values[i]);
        }
        Map<String, Integer> wires = new HashMap<>();
        for (int i = 0; i < qubits.length; i++) {
            wires.put(user.qubits().get(i), qubits[i]);
        }
        for (BodyCall call : user.body()) {
            double[] inner = new double[call.parameters().size()];
            for (int i = 0; i < inner.length; i++) {
                inner[i] = call.parameters().get(i).eval(env);
                if (!Double.isFinite(inner[i])) {
                    throw site.error("gate '" + user.name() + "' gives parameter " + (i + 1) + " of its inner gate '"
                            + call.gate().name() + "' (line " + call.at().line() + ") the value " + inner[i]
                            + ", but angles must be finite numbers");
                }
            }
            int[] innerQubits = new int[call.qubits().size()];
            for (int i = 0; i < innerQubits.length; i++) {
                innerQubits[i] = wires.get(call.qubits().get(i));
            }
            expand(call.gate(), inner, innerQubits, site);
        }
    }

    private GateRef lookup(Token name) {
        UserGate user = userGates.get(name.text());
        if (user != null) {
            return new GateRef(user.name(), user.parameters().size(), user.qubits().size(), null, user);
        }
        Qelib1.Builtin builtin = Qelib1.get(name.text());
        if (builtin != null && (builtin.core() || included)) {
            return new GateRef(builtin.name(), builtin.parameters(), builtin.qubits(), builtin, null);
        }
        if (builtin != null) {
            throw name.error("unknown gate '" + name.text() + "': it is defined in qelib1.inc, so add "
                    + "'include \"qelib1.inc\";' after the OPENQASM line");
        }
        if (registers.containsKey(name.text())) {
            throw name.error("expected a statement but found register '" + name.text()
                    + "': a statement starts with a gate name, qreg, creg, gate, measure or barrier");
        }
        throw name.error("unknown gate '" + name.text() + "': it is neither built in (U, CX), in qelib1.inc"
                + (included ? "" : " (not included)") + ", nor defined by an earlier 'gate' statement");
    }

    private static void checkParameterCount(GateRef gate, int given, Token at) {
        if (given != gate.parameters()) {
            throw at.error("gate '" + gate.name() + "' expects " + gate.parameters() + " parameter(s) but found " + given);
        }
    }

    private void parameterList(List<Expr> expressions, List<Token> starts, Set<String> names, String gateName) {
        expect("(", "before the parameters of gate '" + gateName + "'");
        if (!accept(")")) {
            do {
                starts.add(peek());
                expressions.add(expression(names));
            } while (accept(","));
            expect(")", "after the parameters of gate '" + gateName + "'");
        }
    }

    private Arg argument(String what) {
        Token name = peek();
        if (name.kind() != Token.Kind.IDENTIFIER) {
            throw name.error("expected " + what + " but found " + name.describe());
        }
        next();
        Reg reg = registers.get(name.text());
        if (reg == null) {
            throw name.error("undeclared register '" + name.text() + "': "
                    + (registers.isEmpty() ? "no register is declared yet" : "declared are " + String.join(", ", registers.keySet())));
        }
        if (!accept("[")) {
            return new Arg(reg, -1, name);
        }
        Token indexToken = peek();
        int index = integer("an index into " + reg.kind() + " '" + reg.name() + "'");
        if (index >= reg.size()) {
            throw indexToken.error("index " + index + " is out of range for " + reg.kind() + " '" + reg.name()
                    + "' of size " + reg.size() + " (valid indices 0.." + (reg.size() - 1) + ")");
        }
        expect("]", "after the index into '" + reg.name() + "'");
        return new Arg(reg, index, name);
    }

    private static void requireQuantum(Arg arg, String why) {
        if (!arg.reg().quantum()) {
            throw arg.token().error("'" + arg.reg().name() + "' is a creg, but " + why + " (a qreg)");
        }
    }

    private String qubitName(int qubit) {
        for (Reg reg : registers.values()) {
            if (reg.quantum() && qubit >= reg.offset() && qubit < reg.offset() + reg.size()) {
                return reg.name() + "[" + (qubit - reg.offset()) + "]";
            }
        }
        return "#" + qubit;
    }

    // ---------------------------------------------------------------- gate definitions

    private void gateDefinition() {
        next();
        Token name = name("a gate name after 'gate'");
        Qelib1.Builtin builtin = Qelib1.get(name.text());
        if (builtin != null && builtin.core()) {
            throw name.error("gate '" + name.text() + "' is built into the language and cannot be redefined");
        }
        UserGate earlier = userGates.get(name.text());
        if (earlier != null) {
            throw name.error("gate '" + name.text() + "' is already defined at line " + earlier.declared().line());
        }
        Set<String> parameters = new LinkedHashSet<>();
        if (accept("(")) {
            if (!accept(")")) {
                do {
                    declare(parameters, null, name("a parameter name of gate '" + name.text() + "'"), "parameter");
                } while (accept(","));
                expect(")", "after the parameters of gate '" + name.text() + "'");
            }
        }
        Set<String> qubits = new LinkedHashSet<>();
        do {
            declare(qubits, parameters, name("a qubit argument name of gate '" + name.text() + "'"), "qubit argument");
        } while (accept(","));
        expect("{", "to open the body of gate '" + name.text() + "'");
        List<BodyCall> body = new ArrayList<>();
        while (!accept("}")) {
            Token t = peek();
            if (t.kind() == Token.Kind.END) {
                throw t.error("expected '}' to close the body of gate '" + name.text() + "' but found end of input");
            }
            if (t.kind() != Token.Kind.IDENTIFIER || RESERVED.contains(t.text()) && !t.text().equals("barrier")) {
                throw t.error("only gate calls and 'barrier' are allowed in the body of gate '" + name.text()
                        + "', but found " + t.describe());
            }
            if (t.text().equals("barrier")) {
                next();
                do {
                    wire(qubits, name.text());
                } while (accept(","));
                expect(";", "after the arguments of 'barrier'");
                continue;
            }
            body.add(bodyCall(name.text(), parameters, qubits));
        }
        if (builtin != null && included) {
            // Files written by some tools define qelib1 gates again. The built-in version is exact,
            // so it is kept when the signature agrees; otherwise the clash is an error.
            if (builtin.parameters() != parameters.size() || builtin.qubits() != qubits.size()) {
                throw name.error("gate '" + name.text() + "' is already defined by qelib1.inc with "
                        + builtin.parameters() + " parameter(s) and " + builtin.qubits() + " qubit(s), but this "
                        + "definition has " + parameters.size() + " and " + qubits.size());
            }
            return;
        }
        userGates.put(name.text(), new UserGate(name.text(), List.copyOf(parameters), List.copyOf(qubits),
                List.copyOf(body), name));
    }

    private static void declare(Set<String> names, Set<String> others, Token name, String what) {
        if (!names.add(name.text()) || (others != null && others.contains(name.text()))) {
            throw name.error(what + " name '" + name.text() + "' is used twice in this gate definition");
        }
    }

    private BodyCall bodyCall(String definedGate, Set<String> parameters, Set<String> qubits) {
        Token nameToken = next();
        if (nameToken.text().equals(definedGate)) {
            throw nameToken.error("gate '" + definedGate + "' cannot call itself: a gate body may use only gates "
                    + "defined before it");
        }
        GateRef gate = lookup(nameToken);
        List<Expr> expressions = new ArrayList<>();
        if (peek().is("(")) {
            parameterList(expressions, new ArrayList<>(), parameters, gate.name());
        }
        checkParameterCount(gate, expressions.size(), nameToken);
        List<String> wires = new ArrayList<>();
        do {
            Token wire = wire(qubits, definedGate);
            if (wires.contains(wire.text())) {
                throw wire.error("gate '" + gate.name() + "' is given qubit '" + wire.text()
                        + "' twice; the qubits of one gate must be distinct");
            }
            wires.add(wire.text());
        } while (accept(","));
        if (wires.size() != gate.qubits()) {
            throw nameToken.error("gate '" + gate.name() + "' expects " + gate.qubits() + " qubit argument(s) but found "
                    + wires.size());
        }
        expect(";", "after the arguments of gate '" + gate.name() + "'");
        return new BodyCall(gate, List.copyOf(expressions), List.copyOf(wires), nameToken);
    }

    /** A qubit argument inside a gate body: one of the definition's qubit names, never indexed. */
    private Token wire(Set<String> qubits, String definedGate) {
        Token wire = peek();
        if (wire.kind() != Token.Kind.IDENTIFIER || !qubits.contains(wire.text())) {
            throw wire.error("expected a qubit argument of gate '" + definedGate + "' (" + String.join(", ", qubits)
                    + ") but found " + wire.describe());
        }
        next();
        if (peek().is("[")) {
            throw peek().error("inside a gate body qubits are plain names: '" + wire.text()
                    + "' cannot be indexed with '['");
        }
        return wire;
    }

    // ---------------------------------------------------------------- expressions

    /** expression := term (('+' | '-') term)* */
    private Expr expression(Set<String> names) {
        Expr left = term(names);
        while (peek().is("+") || peek().is("-")) {
            char op = next().text().charAt(0);
            left = new Expr.Binary(op, left, term(names));
        }
        return left;
    }

    /** term := unary (('*' | '/') unary)* */
    private Expr term(Set<String> names) {
        Expr left = unary(names);
        while (peek().is("*") || peek().is("/")) {
            char op = next().text().charAt(0);
            left = new Expr.Binary(op, left, unary(names));
        }
        return left;
    }

    /** unary := ('-' | '+') unary | power. Binds looser than '^', so -2^2 = -(2^2), as in the spec. */
    private Expr unary(Set<String> names) {
        if (accept("-")) {
            return new Expr.Negate(unary(names));
        }
        if (accept("+")) {
            return unary(names);
        }
        return power(names);
    }

    /** power := primary ('^' unary)?, right-associative: 2^3^2 = 2^(3^2). */
    private Expr power(Set<String> names) {
        Expr base = primary(names);
        if (accept("^")) {
            return new Expr.Binary('^', base, unary(names));
        }
        return base;
    }

    private Expr primary(Set<String> names) {
        Token t = peek();
        switch (t.kind()) {
            case INTEGER, REAL -> {
                next();
                return new Expr.Constant(Double.parseDouble(t.text()));
            }
            case IDENTIFIER -> {
                next();
                if (t.text().equals("pi")) {
                    return new Expr.Constant(Math.PI);
                }
                var function = Expr.FUNCTIONS.get(t.text());
                if (function != null) {
                    expect("(", "after the function name '" + t.text() + "'");
                    Expr argument = expression(names);
                    expect(")", "to close the argument of '" + t.text() + "'");
                    return new Expr.Call(t.text(), function, argument);
                }
                if (names.contains(t.text())) {
                    return new Expr.Parameter(t.text());
                }
                if (peek().is("(")) {
                    throw t.error("unknown function '" + t.text() + "' in expression: allowed are sin, cos, tan, exp, ln, sqrt");
                }
                throw t.error("unknown name '" + t.text() + "' in expression: allowed are numbers, pi"
                        + (names.isEmpty() ? " (gate parameters exist only inside a gate body)"
                                : " and this gate's parameters " + String.join(", ", names)));
            }
            default -> {
                if (accept("(")) {
                    Expr inner = expression(names);
                    expect(")", "to close the parenthesis opened at line " + t.line() + ", column " + t.column());
                    return inner;
                }
                throw t.error("expected a number, pi, a parameter, a function (sin, cos, tan, exp, ln, sqrt) or '(' "
                        + "in the expression but found " + t.describe());
            }
        }
    }

    // ---------------------------------------------------------------- tokens

    private Token peek() {
        return tokens.get(pos);
    }

    private Token next() {
        Token t = tokens.get(pos);
        if (t.kind() != Token.Kind.END) {
            pos++;
        }
        return t;
    }

    private boolean accept(String symbol) {
        if (peek().is(symbol) && peek().kind() == Token.Kind.SYMBOL) {
            pos++;
            return true;
        }
        return false;
    }

    private void expect(String symbol, String context) {
        if (!accept(symbol)) {
            throw peek().error("expected '" + symbol + "' " + context + " but found " + peek().describe());
        }
    }

    private Token name(String what) {
        Token t = peek();
        if (t.kind() != Token.Kind.IDENTIFIER) {
            throw t.error("expected " + what + " but found " + t.describe());
        }
        if (RESERVED.contains(t.text())) {
            throw t.error("expected " + what + " but found the reserved word " + t.describe());
        }
        return next();
    }

    private int integer(String what) {
        Token t = peek();
        if (t.kind() != Token.Kind.INTEGER) {
            throw t.error("expected a non-negative integer as " + what + " but found " + t.describe());
        }
        next();
        try {
            return Integer.parseInt(t.text());
        } catch (NumberFormatException e) {
            throw t.error("integer " + t.text() + " is too large for " + what);
        }
    }
}
