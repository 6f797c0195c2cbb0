/** Seeded measurement shots and their counts. */
package org.qrc4j.simulator.sampling;
