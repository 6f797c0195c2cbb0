/** Observables: Pauli strings and weighted sums of them, measured in one pass without copies. */
package org.qrc4j.simulator.observable;
