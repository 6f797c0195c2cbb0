package org.qrc4j.reservoir.task;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.commons.math3.exception.DimensionMismatchException;
import org.apache.commons.math3.exception.MaxCountExceededException;
import org.apache.commons.math3.ode.FirstOrderDifferentialEquations;
import org.apache.commons.math3.ode.nonstiff.DormandPrince853Integrator;
import org.apache.commons.math3.special.BesselJ;

/**
 * The built-in benchmark tasks, by name, and series read from CSV files.
 *
 * <p>Unless noted, a task's raw series is min-max scaled to [-1, 1] over the whole series (the
 * {@link TaskSeries#scaling()} keeps the map) and the task is autoregressive: targets equal inputs.
 * NARMA is the exception: its inputs u predict a different series y, and neither is rescaled.
 * Sample grids follow numpy's {@code linspace}/{@code arange} as the authors' code uses them.
 */
public final class Tasks {

    /** Prefix of the task spec that reads a series from a CSV file: {@code csv:PATH}. */
    public static final String CSV_PREFIX = "csv:";

    private static final List<String> NAMES = List.of("damped-shm", "bessel-j2", "delayed-qc", "narma5", "narma10",
            "sine", "population-inversion", "mackey-glass");

    private Tasks() {
    }

    /** The built-in task names, in a fixed order (not including {@code csv:PATH}). */
    public static List<String> names() {
        return NAMES;
    }

    /** {@link #byName(String, String)} with no column: a CSV file must then have one column. */
    public static TaskSeries byName(String spec) {
        return byName(spec, null);
    }

    /**
     * A task by name: one of {@link #names()} (case-insensitive) or {@code csv:PATH}.
     *
     * @param spec   the task name or {@code csv:PATH}
     * @param column for {@code csv:PATH} only, the column to read: a header name or a 0-based index;
     *               null for a one-column file (see {@link #csv(Path, String)})
     * @throws IllegalArgumentException for an unknown name (the message lists the known ones), a column
     *                                  given for a built-in task, or a CSV problem
     */
    public static TaskSeries byName(String spec, String column) {
        if (spec == null || spec.isBlank()) {
            throw new IllegalArgumentException("task must be one of " + String.join(", ", NAMES) + " or "
                    + CSV_PREFIX + "PATH, got " + (spec == null ? "null" : "'" + spec + "'"));
        }
        String trimmed = spec.trim();
        if (trimmed.regionMatches(true, 0, CSV_PREFIX, 0, CSV_PREFIX.length())) {
            String path = trimmed.substring(CSV_PREFIX.length());
            if (path.isEmpty()) {
                throw new IllegalArgumentException("task '" + spec + "' needs a file: csv:PATH");
            }
            return csv(Path.of(path), column);
        }
        String name = trimmed.toLowerCase(Locale.ROOT);
        if (column != null && NAMES.contains(name)) {
            throw new IllegalArgumentException("column applies only to csv:PATH tasks, got column '" + column
                    + "' for task " + name);
        }
        switch (name) {
            case "damped-shm":
                return dampedShm();
            case "bessel-j2":
                return besselJ2();
            case "delayed-qc":
                return delayedQc();
            case "narma5":
                return narma(5);
            case "narma10":
                return narma(10);
            case "sine":
                return sine();
            case "population-inversion":
                return populationInversion();
            case "mackey-glass":
                return mackeyGlass();
            default:
                throw new IllegalArgumentException("task must be one of " + String.join(", ", NAMES) + " or "
                        + CSV_PREFIX + "PATH, got '" + spec + "'");
        }
    }

    /**
     * A series from one column of a CSV file, min-max scaled, autoregressive, on the axis 0, 1, 2, …
     * (row number). See {@link CsvColumn} for the format and the errors.
     *
     * @param column a header name or 0-based index, or null for a one-column file
     */
    public static TaskSeries csv(Path path, String column) {
        CsvColumn data = CsvColumn.read(path, column);
        double[] raw = data.values();
        MinMax scaling;
        try {
            scaling = MinMax.of(raw);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("csv " + path + ": " + data.label() + " cannot be min-max scaled: "
                    + e.getMessage(), e);
        }
        double[] time = new double[raw.length];
        for (int i = 0; i < time.length; i++) {
            time[i] = i;
        }
        String name = CSV_PREFIX + path + (column == null ? "" : "[" + column + "]");
        return autoregressive(name, data.label() + " of " + path + ", " + raw.length + " rows", time, raw, scaling);
    }

    // ---------------------------------------------------------------- damped simple harmonic motion

    /** Damping coefficient of the pendulum, per unit time. */
    static final double SHM_DAMPING = 0.15;
    /** g / l of the pendulum. */
    static final double SHM_G_OVER_L = 9.81;

    /**
     * {@code damped-shm}: the damped pendulum θ'' = −0.15 θ' − 9.81 sin θ, θ(0) = 0, θ'(0) = 3,
     * sampled at 240 points evenly on t ∈ [0, 20]; the series is the angular velocity θ', scaled.
     *
     * <p>Integrated with Commons Math's adaptive Dormand–Prince 8(5,3) at absolute and relative
     * tolerance 1e-12, stepping from one output time to the next so no value comes from dense-output
     * interpolation. The adaptive method was chosen over a fixed-step RK4 because its error control
     * holds the accuracy (well below 1e-9 here) without our guessing a step for the fastest swing; the
     * authors used scipy's {@code odeint} at its default tolerance (about 1.5e-8), so the series agree
     * with theirs to that order.
     */
    public static TaskSeries dampedShm() {
        double[] t = linspace(0.0, 20.0, 240);
        double[] velocity = pendulumVelocity(t, 0.0, 3.0);
        return autoregressive("damped-shm", "damped pendulum angular velocity, theta'' = -0.15 theta' - 9.81 sin theta,"
                + " theta(0) = 0, theta'(0) = 3, 240 points on t in [0, 20], scaled to [-1, 1]", t, velocity,
                MinMax.of(velocity));
    }

    /** θ' of the damped pendulum at the given increasing times, starting at times[0]. */
    static double[] pendulumVelocity(double[] times, double theta0, double omega0) {
        FirstOrderDifferentialEquations pendulum = new FirstOrderDifferentialEquations() {
            @Override
            public int getDimension() {
                return 2;
            }

            @Override
            public void computeDerivatives(double t, double[] y, double[] yDot)
                    throws MaxCountExceededException, DimensionMismatchException {
                yDot[0] = y[1];
                yDot[1] = -SHM_DAMPING * y[1] - SHM_G_OVER_L * Math.sin(y[0]);
            }
        };
        // Minimum step far below anything the tolerance needs; maximum step one output interval is
        // plenty, the controller picks smaller ones.
        DormandPrince853Integrator integrator = new DormandPrince853Integrator(1e-12, 1.0, 1e-12, 1e-12);
        double[] y = {theta0, omega0};
        double[] out = new double[times.length];
        out[0] = y[1];
        for (int i = 1; i < times.length; i++) {
            integrator.integrate(pendulum, times[i - 1], y, times[i], y);
            out[i] = y[1];
        }
        return out;
    }

    // ---------------------------------------------------------------- Bessel J2

    /** {@code bessel-j2}: J2(x) at 256 points evenly on x ∈ [2, 100], scaled. */
    public static TaskSeries besselJ2() {
        double[] x = linspace(2.0, 100.0, 256);
        double[] values = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            values[i] = besselJ2(x[i]);
        }
        return autoregressive("bessel-j2", "Bessel function J2(x), 256 points on x in [2, 100], scaled to [-1, 1]", x,
                values, MinMax.of(values));
    }

    /** J2(x) for x ≥ 0 (Commons Math's {@code BesselJ} throws for negative x; we say so first). */
    static double besselJ2(double x) {
        if (!(x >= 0.0) || Double.isInfinite(x)) {
            throw new IllegalArgumentException("x must be finite and >= 0 for J2, got " + x);
        }
        return BesselJ.value(2.0, x);
    }

    // ---------------------------------------------------------------- delayed quantum control

    /**
     * {@code delayed-qc}: the delayed quantum control signal Σ_{n=0..10} exp(−10 (x − 2n)²) · exp(−x/16),
     * Gaussian pulses every 2 with a decaying envelope, at x = −2, −1.99, …, 19.99 (numpy's
     * {@code arange(-2, 20, 0.01)}: 2200 points, 20 excluded), scaled.
     */
    public static TaskSeries delayedQc() {
        int n = 2200;
        double[] x = new double[n];
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            // start + i·step, not a running sum, so rounding does not accumulate along the axis.
            x[i] = -2.0 + i * 0.01;
            values[i] = delayedQc(x[i]);
        }
        return autoregressive("delayed-qc", "delayed quantum control, sum_{n=0..10} exp(-10 (x-2n)^2) exp(-x/16),"
                + " x = -2, -1.99, ..., 19.99 (2200 points), scaled to [-1, 1]", x, values, MinMax.of(values));
    }

    static double delayedQc(double x) {
        double sum = 0.0;
        for (int n = 0; n <= 10; n++) {
            double d = x - 2.0 * n;
            sum += Math.exp(-10.0 * d * d);
        }
        return sum * Math.exp(-x / 16.0);
    }

    // ---------------------------------------------------------------- NARMA

    /** Length of the NARMA series. */
    static final int NARMA_LENGTH = 300;
    /** y_0 of the NARMA recursion. */
    static final double NARMA_Y0 = 0.196;

    /**
     * {@code narma5}, {@code narma10}, …: the NARMA system of the given order driven by
     * u_t = 0.1 (sin(2π·2.11 t/T) sin(2π·3.73 t/T) sin(2π·4.11 t/T) + 1), T = 300, t = 0 … T − 1, with
     * y_{t+1} = 0.3 y_t + 0.05 y_t Σ_{j=0}^{n−1} y_{t−j} + 1.5 u_{t−n+1} u_t + 0.1, y_0 = 0.196, and
     * terms at negative indices 0. Inputs are u_0 … u_{T−1}, targets y_0 … y_{T−1}, neither rescaled
     * (u lies in [0, 0.2], y near 0.15–0.25).
     *
     * <p>Alignment: a window of u predicts the target at the index after it ({@link Windows}: inputs
     * {@code s .. s+w−1}, target {@code s+w}), that is y_{s+w}, the first y whose recursion has read the
     * window's last input u_{s+w−1}. With T = 300 and window 4 that is 295 samples (197 train, 98 test).
     *
     * @param order n, at least 1
     */
    public static TaskSeries narma(int order) {
        if (order < 1) {
            throw new IllegalArgumentException("order must be >= 1 for NARMA, got " + order);
        }
        int len = NARMA_LENGTH;
        double[] t = new double[len];
        double[] u = new double[len];
        for (int i = 0; i < len; i++) {
            t[i] = i;
            double phase = 2.0 * Math.PI * i / len;
            u[i] = 0.1 * (Math.sin(phase * 2.11) * Math.sin(phase * 3.73) * Math.sin(phase * 4.11) + 1.0);
        }
        double[] y = new double[len];
        y[0] = NARMA_Y0;
        for (int i = 0; i + 1 < len; i++) {
            double sum = 0.0;
            for (int j = 0; j < order && i - j >= 0; j++) {
                sum += y[i - j];
            }
            double uLag = i - order + 1 >= 0 ? u[i - order + 1] : 0.0;
            y[i + 1] = 0.3 * y[i] + 0.05 * y[i] * sum + 1.5 * uLag * u[i] + 0.1;
        }
        String name = "narma" + order;
        return new TaskSeries(name, "NARMA" + order + ": inputs u_t = 0.1 (sin(2 pi 2.11 t/T) sin(2 pi 3.73 t/T)"
                + " sin(2 pi 4.11 t/T) + 1), T = 300; targets y_t with y_0 = 0.196; not rescaled", t, u, y, null);
    }

    // ---------------------------------------------------------------- sine

    /** {@code sine}: sin(πt) at 200 points evenly on t ∈ [0, 8], scaled (by its sampled extremes). */
    public static TaskSeries sine() {
        double[] t = linspace(0.0, 8.0, 200);
        double[] values = new double[t.length];
        for (int i = 0; i < t.length; i++) {
            values[i] = Math.sin(Math.PI * t[i]);
        }
        // Scaled like every other task, although sin already lies in [-1, 1]: no grid point hits a
        // crest exactly, so this stretches the series by about 3e-5, and keeps one rule for all tasks.
        return autoregressive("sine", "sin(pi t), 200 points on t in [0, 8], scaled to [-1, 1]", t, values,
                MinMax.of(values));
    }

    // ---------------------------------------------------------------- population inversion

    /** Mean photon number n̄ of the coherent field. */
    static final double JC_MEAN_PHOTONS = 10.0;
    /** Bound on the neglected tail of the Poisson weights. */
    private static final double JC_TAIL = 1e-18;

    /**
     * {@code population-inversion}: the Jaynes–Cummings atomic inversion for a coherent field, with
     * its collapse and revival, W(t) = Σ_n e^{−n̄} n̄^n / n! · cos(2t√(n+1)), n̄ = 10, at 1000 points
     * evenly on t ∈ [0, 40] (our choice of grid, which shows the collapse, the first revival near
     * t = 2π√n̄ ≈ 20 and the start of the second), scaled.
     *
     * <p>The sum is cut where the Poisson tail left out is below 1e-18, far under double rounding of
     * an O(1) result; see {@link #poissonWeights(double)}.
     */
    public static TaskSeries populationInversion() {
        double[] t = linspace(0.0, 40.0, 1000);
        double[] weights = poissonWeights(JC_MEAN_PHOTONS);
        double[] values = new double[t.length];
        for (int i = 0; i < t.length; i++) {
            values[i] = inversion(t[i], weights);
        }
        return autoregressive("population-inversion", "Jaynes-Cummings population inversion, coherent field with"
                + " mean photon number 10, 1000 points on t in [0, 40], scaled to [-1, 1]", t, values,
                MinMax.of(values));
    }

    static double inversion(double t, double[] weights) {
        double sum = 0.0;
        for (int n = 0; n < weights.length; n++) {
            sum += weights[n] * Math.cos(2.0 * t * Math.sqrt(n + 1.0));
        }
        return sum;
    }

    /**
     * Poisson weights e^{−m} m^n / n! for n = 0 … K, by the recurrence w_{n+1} = w_n · m / (n+1), which
     * never forms m^n or n! and so cannot overflow. K is the first n past m for which the tail bound
     * w_{n+1} / (1 − m/(n+2)) (a geometric series, since the ratio of successive weights falls below
     * m/(n+2) &lt; 1 from there on) is under 1e-18. For m = 10 that keeps 49 terms (n = 0 … 48).
     */
    static double[] poissonWeights(double mean) {
        double[] w = new double[16];
        w[0] = Math.exp(-mean);
        int n = 0;
        while (true) {
            double next = w[n] * mean / (n + 1);
            if (n + 2 > mean && next / (1.0 - mean / (n + 2)) < JC_TAIL) {
                break;
            }
            if (n + 1 == w.length) {
                w = Arrays.copyOf(w, 2 * w.length);
            }
            w[++n] = next;
        }
        return Arrays.copyOf(w, n + 1);
    }

    // ---------------------------------------------------------------- Mackey–Glass

    static final double MG_TAU = 17.0;
    static final double MG_A = 0.2;
    static final double MG_B = 0.1;
    static final double MG_POWER = 10.0;
    static final double MG_X0 = 1.2;
    /** Integration steps per unit time of the default Mackey–Glass series (dt = 0.01). */
    public static final int MG_STEPS_PER_UNIT = 100;

    /**
     * {@code mackey-glass}: 2000 samples of the Mackey–Glass system (τ = 17, a = 0.2, b = 0.1, n = 10,
     * x = 1.2 for t ≤ 0) at t = 0, 1, …, 1999, integrated with dt = 0.01, scaled. No transient is
     * discarded: sample 0 is x(0) = 1.2. See {@link #mackeyGlass(int, int)}.
     */
    public static TaskSeries mackeyGlass() {
        return mackeyGlass(2000, MG_STEPS_PER_UNIT);
    }

    /**
     * Mackey–Glass, dx/dt = a x(t−τ) / (1 + x(t−τ)^n) − b x(t), sampled every unit of time.
     *
     * <p>Commons Math has no delay-equation solver, so this is a fixed-step classical RK4 on the grid
     * t_i = i·dt, dt = 1/stepsPerUnit. Because τ = 17 is a whole number of steps, the delayed value at
     * the start and end of a step is a stored grid value; at the half step it comes from the cubic
     * Hermite interpolant of the stored values and slopes, (x_j + x_{j+1})/2 + dt (x'_j − x'_{j+1})/8,
     * fourth-order accurate like RK4 itself (linear interpolation would cap the method at second
     * order). The history is x = x0 for t ≤ 0, so steps whose delayed time lies in the history use x0;
     * the slope jump at t = 0 falls on a grid point and never inside an interpolated interval. Halving
     * dt from 0.01 changes the first 200 samples by about 3e-13.
     *
     * @param points       samples, at t = 0 … points − 1, at least 1
     * @param stepsPerUnit integration steps per unit time, at least 1
     */
    public static TaskSeries mackeyGlass(int points, int stepsPerUnit) {
        double[] values = mackeyGlassRaw(points, stepsPerUnit);
        double[] t = new double[points];
        for (int i = 0; i < points; i++) {
            t[i] = i;
        }
        return autoregressive("mackey-glass", "Mackey-Glass, tau = 17, a = 0.2, b = 0.1, n = 10, x0 = 1.2, sampled"
                + " every 1 (" + points + " points, RK4 with dt = 1/" + stepsPerUnit + "), scaled to [-1, 1]", t,
                values, MinMax.of(values));
    }

    static double[] mackeyGlassRaw(int points, int stepsPerUnit) {
        if (points < 1) {
            throw new IllegalArgumentException("points must be >= 1, got " + points);
        }
        if (stepsPerUnit < 1) {
            throw new IllegalArgumentException("stepsPerUnit must be >= 1, got " + stepsPerUnit);
        }
        double h = 1.0 / stepsPerUnit;
        int lag = (int) MG_TAU * stepsPerUnit;
        int steps = Math.multiplyExact(points - 1, stepsPerUnit);
        double[] x = new double[steps + 1];
        double[] slope = new double[steps + 1]; // x'(t_i) from the right, filled as each step starts
        x[0] = MG_X0;
        for (int i = 0; i < steps; i++) {
            int j = i - lag; // delayed grid index at the start of the step
            double delayedStart = j >= 0 ? x[j] : MG_X0;
            double delayedEnd = j + 1 >= 0 ? x[j + 1] : MG_X0;
            double delayedMid;
            if (j + 1 <= 0) {
                delayedMid = MG_X0; // the whole interval [t_j, t_j+1] is history
            } else {
                delayedMid = 0.5 * (x[j] + x[j + 1]) + h * (slope[j] - slope[j + 1]) / 8.0;
            }
            double k1 = mackeyGlassSlope(x[i], delayedStart);
            slope[i] = k1;
            double k2 = mackeyGlassSlope(x[i] + 0.5 * h * k1, delayedMid);
            double k3 = mackeyGlassSlope(x[i] + 0.5 * h * k2, delayedMid);
            double k4 = mackeyGlassSlope(x[i] + h * k3, delayedEnd);
            x[i + 1] = x[i] + h / 6.0 * (k1 + 2.0 * k2 + 2.0 * k3 + k4);
        }
        double[] samples = new double[points];
        for (int p = 0; p < points; p++) {
            samples[p] = x[p * stepsPerUnit];
        }
        return samples;
    }

    private static double mackeyGlassSlope(double x, double delayed) {
        return MG_A * delayed / (1.0 + Math.pow(delayed, MG_POWER)) - MG_B * x;
    }

    // ---------------------------------------------------------------- helpers

    private static TaskSeries autoregressive(String name, String description, double[] time, double[] raw,
            MinMax scaling) {
        double[] scaled = scaling.scale(raw);
        return new TaskSeries(name, description, time, scaled, scaled, scaling);
    }

    /**
     * n points from a to b like numpy's {@code linspace}: a + i·(b − a)/(n − 1), with the last point
     * exactly b.
     */
    static double[] linspace(double a, double b, int n) {
        double[] out = new double[n];
        double step = (b - a) / (n - 1);
        for (int i = 0; i < n; i++) {
            out[i] = a + i * step;
        }
        out[n - 1] = b;
        return out;
    }
}
