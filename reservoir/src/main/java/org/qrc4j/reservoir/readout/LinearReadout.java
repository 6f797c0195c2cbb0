package org.qrc4j.reservoir.readout;

/**
 * Parameters, prediction and argument checks shared by both readouts. The weights live in one
 * array that training updates in place, so prediction inside training loops allocates nothing.
 */
abstract class LinearReadout implements Readout {

    /** Null until fitted or loaded. */
    double[] w;
    double b;

    @Override
    public final boolean isFitted() {
        return w != null;
    }

    @Override
    public final int featureCount() {
        requireFitted();
        return w.length;
    }

    @Override
    public final double predict(double[] features) {
        requireFitted();
        if (features.length != w.length) {
            throw new IllegalArgumentException("features must have length " + w.length + " (the readout's feature count), got "
                    + features.length);
        }
        return dot(w, b, features);
    }

    @Override
    public final double[] weights() {
        requireFitted();
        return w.clone();
    }

    @Override
    public final double bias() {
        requireFitted();
        return b;
    }

    /** Sets saved parameters (validated by the caller). */
    final void setParameters(double[] weights, double bias) {
        this.w = weights.clone();
        this.b = bias;
    }

    @Override
    public String toString() {
        return name() + (isFitted() ? "[F=" + w.length + "]" : "[not fitted]");
    }

    private void requireFitted() {
        if (w == null) {
            throw new IllegalStateException("readout '" + name() + "' has no parameters yet: call fit, or build it with Readouts.load");
        }
    }

    /** w · x + b, no checks. */
    static double dot(double[] w, double b, double[] x) {
        double sum = b;
        for (int f = 0; f < w.length; f++) {
            sum += w[f] * x[f];
        }
        return sum;
    }

    /** MSE of (w, b) over a whole data set, without allocation; NaN for an empty set. */
    static double mse(double[] w, double b, double[][] x, double[] y) {
        if (x.length == 0) {
            return Double.NaN;
        }
        double sum = 0.0;
        for (int s = 0; s < x.length; s++) {
            double r = dot(w, b, x[s]) - y[s];
            sum += r * r;
        }
        return sum / x.length;
    }

    /**
     * Checks the arguments of {@link #fit} and returns F. Finiteness is checked up front because a
     * NaN feature (say from a diverged reservoir) would otherwise surface as a silently NaN model.
     */
    static int checkFit(double[][] trainX, double[] trainY, double[][] testX, double[] testY) {
        if (trainX == null || trainY == null || testX == null || testY == null) {
            throw new IllegalArgumentException("trainX, trainY, testX and testY must not be null (pass empty arrays for no test set)");
        }
        if (trainX.length == 0) {
            throw new IllegalArgumentException("trainX must have at least one row, got 0");
        }
        if (trainX[0] == null || trainX[0].length == 0) {
            throw new IllegalArgumentException("trainX rows must have at least one feature, got "
                    + (trainX[0] == null ? "null" : "0") + " in row 0");
        }
        int features = trainX[0].length;
        checkSet("train", trainX, trainY, features);
        checkSet("test", testX, testY, features);
        return features;
    }

    private static void checkSet(String set, double[][] x, double[] y, int features) {
        if (x.length != y.length) {
            throw new IllegalArgumentException(set + "X and " + set + "Y must have the same number of samples, got "
                    + x.length + " rows and " + y.length + " targets");
        }
        for (int s = 0; s < x.length; s++) {
            double[] row = x[s];
            if (row == null || row.length != features) {
                throw new IllegalArgumentException(set + "X rows must all have " + features + " features (the length of trainX[0]), row "
                        + s + " has " + (row == null ? "null" : Integer.toString(row.length)));
            }
            for (int f = 0; f < features; f++) {
                if (!Double.isFinite(row[f])) {
                    throw new IllegalArgumentException(set + "X[" + s + "][" + f + "] must be finite, got " + row[f]);
                }
            }
            if (!Double.isFinite(y[s])) {
                throw new IllegalArgumentException(set + "Y[" + s + "] must be finite, got " + y[s]);
            }
        }
    }
}
