/** Backends that run circuits: the native engine and Strange 0.1.3. */
package org.qrc4j.simulator.backend;
