/** Gate types, their angles (constant or parameters) and their matrices. */
package org.qrc4j.simulator.gate;
