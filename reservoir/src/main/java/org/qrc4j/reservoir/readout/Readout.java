package org.qrc4j.reservoir.readout;

/**
 * A trained linear map from a feature vector to one scalar target: {@code y = w · x + b}.
 *
 * <p>The reservoir in front of a readout is frozen, so its features are computed once per data set
 * and handed to {@link #fit} as matrices; the readout never calls the reservoir again. Samples are
 * rows ({@code x[s][f]}) in time order, which matters to {@code ridge}: it chooses λ on the last
 * training samples.
 *
 * <p>Instances are mutable (each {@code fit} replaces the parameters) and not thread-safe. Get one
 * from {@link Readouts#byName} or, with saved parameters, {@link Readouts#load}.
 */
public interface Readout {

    /** {@code ridge} or {@code rmsprop}. */
    String name();

    /**
     * Fits the weights and bias to the training samples, replacing any earlier parameters. The test
     * samples are only evaluated, never used to fit, so their loss can be recorded per epoch.
     *
     * @param trainX training features, at least one row; all rows of one length F &gt;= 1, finite
     * @param trainY training targets, one per row of {@code trainX}, finite
     * @param testX  test features with F columns; may have no rows
     * @param testY  test targets, one per row of {@code testX}
     * @return the losses recorded while fitting
     * @throws IllegalArgumentException if an array is null, lengths disagree or a value is not finite
     */
    FitHistory fit(double[][] trainX, double[] trainY, double[][] testX, double[] testY);

    /** {@link #fit(double[][], double[], double[][], double[]) fit} without a test set. */
    default FitHistory fit(double[][] trainX, double[] trainY) {
        return fit(trainX, trainY, new double[0][], new double[0]);
    }

    /** Whether the readout has parameters, from {@link #fit} or from {@link Readouts#load}. */
    boolean isFitted();

    /**
     * Number of features F the parameters expect.
     *
     * @throws IllegalStateException if not fitted
     */
    int featureCount();

    /**
     * The prediction {@code w · features + b}.
     *
     * @throws IllegalStateException    if not fitted
     * @throws IllegalArgumentException if {@code features.length != featureCount()}
     */
    double predict(double[] features);

    /** One prediction per row. */
    default double[] predict(double[][] features) {
        double[] out = new double[features.length];
        for (int s = 0; s < features.length; s++) {
            out[s] = predict(features[s]);
        }
        return out;
    }

    /**
     * A copy of the weights w (length F), for saving the model.
     *
     * @throws IllegalStateException if not fitted
     */
    double[] weights();

    /**
     * The bias b.
     *
     * @throws IllegalStateException if not fitted
     */
    double bias();
}
