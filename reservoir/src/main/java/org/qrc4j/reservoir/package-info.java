/**
 * Quantum and classical reservoirs, readouts, tasks and experiments: see the issues that build them.
 */
package org.qrc4j.reservoir;
