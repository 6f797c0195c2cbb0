/** Short teaching examples: each a {@code main} that shows one idea of the simulator. */
package org.qrc4j.examples.teaching;
