/**
 * In-place gate kernels: tight loops over the real and imaginary arrays of a state, with no
 * allocation, each covering a range of index groups so that large states split over threads.
 */
package org.qrc4j.simulator.kernel;
