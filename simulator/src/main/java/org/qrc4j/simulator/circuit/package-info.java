/** Circuits: ordered, appendable, invertible lists of gates, reusable with new angles. */
package org.qrc4j.simulator.circuit;
