package org.qrc4j.reservoir.readout;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.LinearSolverFactory_DDRM;
import org.ejml.interfaces.linsol.LinearSolverDense;

/**
 * Ridge regression in closed form: the weights minimise Σ (w·x + b − y)² + λ ‖w‖², with the bias
 * not penalised.
 *
 * <p><b>Solve.</b> The features and target are centred on their means over the samples being fitted,
 * which removes the bias from the problem exactly (it is the same optimum as augmenting X with an
 * unpenalised column of ones); then (XcᵀXc + λI) w = Xcᵀyc is solved by Cholesky (EJML) and
 * b = ȳ − x̄·w. λ is not scaled by the number of samples. For λ = 0, or if Cholesky finds the matrix
 * not positive definite, EJML's SVD pseudo-inverse gives the minimum-norm solution instead.
 *
 * <p><b>Choosing λ.</b> Unless {@link ReadoutOptions#withLambda a fixed λ} is set, the training
 * samples are split in time order: the last {@code round(validationFraction · n)} samples (clamped
 * to between 1 and n − 1; by default the last 20 %) are held out, each λ of the grid (by default
 * 1e-8, 1e-7, …, 1e2) is fitted on the rest, and the λ with the smallest validation MSE wins, a tie
 * going to the larger λ. The readout is then refitted on all training samples with that λ. A
 * grid with a single value is used as a fixed λ. Time order matters because the samples of a series
 * are correlated: a random split would leak neighbours of validation samples into the fit.
 *
 * <p>The Gram matrix is built once per fitted sample range, so each extra λ costs one F × F
 * solve, not another pass over the data.
 */
public final class RidgeReadout extends LinearReadout {

    /** The name this readout has in {@link Readouts#byName}. */
    public static final String NAME = "ridge";

    private final ReadoutOptions options;

    /** A readout with the given options (the ridge ones apply). */
    public RidgeReadout(ReadoutOptions options) {
        if (options == null) {
            throw new IllegalArgumentException("options must not be null; use ReadoutOptions.defaults()");
        }
        this.options = options;
    }

    @Override
    public String name() {
        return NAME;
    }

    /** The options this readout was built with. */
    public ReadoutOptions options() {
        return options;
    }

    @Override
    public FitHistory fit(double[][] trainX, double[] trainY, double[][] testX, double[] testY) {
        int features = checkFit(trainX, trainY, testX, testY);
        int n = trainX.length;
        double[] grid = options.lambdaGrid();
        double lambda;
        double[] triedLambdas = new double[0];
        double[] validationLoss = new double[0];
        if (options.hasFixedLambda() || grid.length == 1) {
            lambda = options.hasFixedLambda() ? options.lambda() : grid[0];
        } else {
            if (n < 2) {
                throw new IllegalArgumentException("ridge needs at least 2 training samples to choose lambda on a validation slice, got "
                        + n + "; set a fixed lambda instead");
            }
            int validation = (int) Math.round(options.validationFraction() * n);
            validation = Math.max(1, Math.min(n - 1, validation));
            int fitted = n - validation;
            Normal normal = new Normal(trainX, trainY, 0, fitted, features);
            validationLoss = new double[grid.length];
            double[] w = new double[features];
            int best = grid.length - 1;
            double bestLoss = Double.POSITIVE_INFINITY;
            for (int k = 0; k < grid.length; k++) {
                double bias = normal.solve(grid[k], w);
                double sum = 0.0;
                for (int s = fitted; s < n; s++) {
                    double r = dot(w, bias, trainX[s]) - trainY[s];
                    sum += r * r;
                }
                validationLoss[k] = sum / validation;
                if (validationLoss[k] <= bestLoss) { // ascending grid: ties go to the larger λ
                    bestLoss = validationLoss[k];
                    best = k;
                }
            }
            lambda = grid[best];
            triedLambdas = grid;
        }
        double[] w = new double[features];
        double bias = new Normal(trainX, trainY, 0, n, features).solve(lambda, w);
        this.w = w;
        this.b = bias;
        double[] trainLoss = {mse(w, bias, trainX, trainY)};
        double[] testLoss = testX.length == 0 ? new double[0] : new double[] {mse(w, bias, testX, testY)};
        return new FitHistory(NAME, trainLoss, testLoss, Double.NaN, Double.NaN, lambda, triedLambdas, validationLoss);
    }

    /** The centred normal equations of rows [from, to): Gram matrix, right-hand side and means. */
    private static final class Normal {
        final int features;
        final double[] meanX;
        final double meanY;
        final DMatrixRMaj gram;
        final DMatrixRMaj rhs;

        Normal(double[][] x, double[] y, int from, int to, int features) {
            this.features = features;
            int count = to - from;
            meanX = new double[features];
            double my = 0.0;
            for (int s = from; s < to; s++) {
                double[] row = x[s];
                for (int f = 0; f < features; f++) {
                    meanX[f] += row[f];
                }
                my += y[s];
            }
            for (int f = 0; f < features; f++) {
                meanX[f] /= count;
            }
            meanY = my / count;

            gram = new DMatrixRMaj(features, features);
            rhs = new DMatrixRMaj(features, 1);
            double[] g = gram.data;
            double[] c = rhs.data;
            double[] centred = new double[features];
            for (int s = from; s < to; s++) {
                double[] row = x[s];
                for (int f = 0; f < features; f++) {
                    centred[f] = row[f] - meanX[f];
                }
                double yc = y[s] - meanY;
                for (int i = 0; i < features; i++) {
                    double xi = centred[i];
                    int base = i * features;
                    for (int j = i; j < features; j++) { // upper triangle; mirrored below
                        g[base + j] += xi * centred[j];
                    }
                    c[i] += xi * yc;
                }
            }
            for (int i = 0; i < features; i++) {
                for (int j = 0; j < i; j++) {
                    g[i * features + j] = g[j * features + i];
                }
            }
        }

        /** Writes the weights for λ into {@code w} and returns the bias. */
        double solve(double lambda, double[] w) {
            DMatrixRMaj a = gram.copy();
            for (int i = 0; i < features; i++) {
                a.data[i * features + i] += lambda;
            }
            DMatrixRMaj solution = new DMatrixRMaj(features, 1);
            boolean solved = false;
            if (lambda > 0) {
                LinearSolverDense<DMatrixRMaj> chol = LinearSolverFactory_DDRM.chol(features);
                if (chol.setA(a.copy())) {
                    chol.solve(rhs.copy(), solution);
                    solved = allFinite(solution.data);
                }
            }
            if (!solved) {
                // λ = 0 or numerically singular: minimum-norm least squares instead of garbage.
                LinearSolverDense<DMatrixRMaj> pinv = LinearSolverFactory_DDRM.pseudoInverse(true);
                if (!pinv.setA(a.copy())) {
                    throw new IllegalStateException("ridge: the SVD of the " + features + " x " + features
                            + " normal matrix failed for lambda " + lambda);
                }
                pinv.solve(rhs.copy(), solution);
            }
            double bias = meanY;
            for (int f = 0; f < features; f++) {
                w[f] = solution.data[f];
                bias -= meanX[f] * w[f];
            }
            return bias;
        }

        private static boolean allFinite(double[] values) {
            for (double v : values) {
                if (!Double.isFinite(v)) {
                    return false;
                }
            }
            return true;
        }
    }
}
