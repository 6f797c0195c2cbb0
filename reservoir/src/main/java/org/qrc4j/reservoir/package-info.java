/**
 * Reservoir computing: frozen recurrent {@link org.qrc4j.reservoir.Cell}s (quantum in
 * {@code reservoir.quantum}, classical in {@code reservoir.classical}) turn a series into features;
 * a trained readout ({@code reservoir.readout}) maps features to targets; tasks
 * ({@code reservoir.task}) supply the series; experiments ({@code reservoir.experiment}) compose them.
 */
package org.qrc4j.reservoir;
