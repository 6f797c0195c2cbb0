package org.qrc4j.examples.cli;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import org.qrc4j.io.AtomicFiles;
import org.qrc4j.simulator.StateVector;
import org.qrc4j.simulator.backend.Backend;
import org.qrc4j.simulator.backend.Backends;
import org.qrc4j.simulator.backend.NativeBackend;
import org.qrc4j.simulator.circuit.Circuit;
import org.qrc4j.simulator.circuit.Operation;
import org.qrc4j.simulator.observable.PauliString;
import org.qrc4j.simulator.observable.PauliSum;
import org.qrc4j.simulator.qasm.QasmProgram;
import org.qrc4j.simulator.qasm.QasmReader;
import org.qrc4j.simulator.sampling.ShotSampler;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** {@code qrc4j simulate FILE.qasm}: runs an OpenQASM 2 program and prints the final state as JSON. */
@Command(name = "simulate",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Runs an OpenQASM 2.0 program from |0...0> and prints one JSON object: qubits, backend,",
            "amplitudes ([re, im] by basis index), probabilities, expectations (<Zk> of every qubit",
            "and each --observable) and, with --shots, counts (bit strings with qubit 0 rightmost;",
            "with measure statements, classical registers as Qiskit prints them)."},
        sortOptions = false)
final class SimulateCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE.qasm", description = "OpenQASM 2.0 program.")
    private Path file;

    @Option(names = "--backend", paramLabel = "NAME", defaultValue = "native",
            description = "Simulator: native (double precision, default) or strange (Strange 0.1.3, float).")
    private String backend;

    @Option(names = "--shots", paramLabel = "N", description = "Sample N measurements of the final state.")
    private Integer shots;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
            description = "Seed of the shot sampler (default: ${DEFAULT-VALUE}); the same seed gives the same counts.")
    private long seed;

    @Option(names = "--observable", paramLabel = "PAULI",
            description = "Also report <PAULI>, e.g. \"Z0 Z1\", \"X2 Y3\" or \"0.5*Z0 Z1 - X0\"; repeatable.")
    private List<String> observables = new ArrayList<>();

    @Option(names = "--no-state",
            description = "Leave out amplitudes and probabilities (for large circuits).")
    private boolean noState;

    @Option(names = "--out", paramLabel = "FILE",
            description = "Write the JSON to FILE (atomically) instead of standard output.")
    private Path out;

    @Override
    public Integer call() throws IOException {
        if (shots != null && shots < 1) {
            throw new ParameterException(spec.commandLine(), "--shots must be >= 1, got " + shots);
        }
        Backend simulator;
        try {
            simulator = Backends.byName(backend);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--backend must be one of " + Backends.NAMES
                    + ", got \"" + backend + "\"");
        }
        List<PauliSum> parsed = new ArrayList<>();
        for (String text : observables) {
            try {
                parsed.add(PauliSum.parse(text));
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), "--observable: " + e.getMessage());
            }
        }
        QasmProgram program = QasmReader.read(file);
        int n = program.qubits();
        for (int k = 0; k < parsed.size(); k++) {
            for (PauliSum.Term term : parsed.get(k).terms()) {
                if (term.pauli().width() > n) {
                    throw new ParameterException(spec.commandLine(), "--observable \"" + observables.get(k)
                            + "\" acts on qubit " + (term.pauli().width() - 1) + " but " + file + " has qubits 0.." + (n - 1));
                }
            }
        }
        StateVector state;
        try {
            state = run(simulator, program.circuit());
        } catch (OutOfMemoryError e) {
            throw new IllegalArgumentException(file + " has " + n + " qubits and ran out of memory on backend "
                    + simulator.name() + "; use fewer qubits or a larger heap (-Xmx)");
        }
        Map<String, Integer> counts = shots == null ? null
                : program.classicalCounts(ShotSampler.sample(state, shots, seed));

        // The generator must not close standard output, nor the file stream AtomicFiles closes itself.
        JsonFactory factory = new JsonFactory().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        if (out == null) {
            PrintWriter stdout = spec.commandLine().getOut();
            write(factory.createGenerator(stdout), program, simulator, state, parsed, counts);
            stdout.flush();
        } else {
            AtomicFiles.write(out, stream -> write(factory.createGenerator(stream, JsonEncoding.UTF8),
                    program, simulator, state, parsed, counts));
            spec.commandLine().getErr().println("wrote " + out);
        }
        return 0;
    }

    /**
     * Runs the circuit; a long native run (a large state and many gates) in a terminal shows a
     * progress bar on standard error, gate by gate. Gates that big take milliseconds each, so
     * applying them one at a time costs nothing measurable.
     */
    private static StateVector run(Backend simulator, Circuit circuit) {
        long work = (long) circuit.size() << circuit.qubits();
        boolean interactive = System.console() != null;
        if (!(simulator instanceof NativeBackend) || !interactive || circuit.qubits() < 20 || work < (1L << 32)) {
            return simulator.run(circuit);
        }
        StateVector state = StateVector.zero(circuit.qubits());
        try (ProgressBar bar = new ProgressBarBuilder().setTaskName("simulate").setInitialMax(circuit.size())
                .setUnit(" gates", 1).clearDisplayOnFinish().build()) {
            for (Operation op : circuit.operations()) {
                state.apply(op, null);
                bar.step();
            }
        }
        return state;
    }

    private void write(JsonGenerator generator, QasmProgram program, Backend simulator, StateVector state,
                       List<PauliSum> parsed, Map<String, Integer> counts) throws IOException {
        int n = program.qubits();
        try (JsonGenerator json = generator) {
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeStringField("file", file.toString());
            json.writeNumberField("qubits", n);
            json.writeStringField("backend", simulator.name());
            if (!noState) {
                json.writeArrayFieldStart("amplitudes");
                for (int i = 0; i < state.dimension(); i++) {
                    json.writeStartArray();
                    json.writeNumber(state.real(i));
                    json.writeNumber(state.imag(i));
                    json.writeEndArray();
                }
                json.writeEndArray();
                json.writeArrayFieldStart("probabilities");
                for (int i = 0; i < state.dimension(); i++) {
                    json.writeNumber(state.probability(i));
                }
                json.writeEndArray();
            }
            json.writeObjectFieldStart("expectations");
            double[] z = PauliString.allZ(state, new double[n]);
            for (int k = 0; k < n; k++) {
                json.writeNumberField("Z" + k, z[k]);
            }
            for (int k = 0; k < parsed.size(); k++) {
                json.writeNumberField(observables.get(k).trim(), parsed.get(k).expectation(state));
            }
            json.writeEndObject();
            if (counts != null) {
                json.writeNumberField("shots", shots);
                json.writeNumberField("seed", seed);
                json.writeObjectFieldStart("counts");
                for (Map.Entry<String, Integer> entry : counts.entrySet()) {
                    json.writeNumberField(entry.getKey(), entry.getValue());
                }
                json.writeEndObject();
            }
            json.writeEndObject();
            json.writeRaw('\n');
        }
    }
}
