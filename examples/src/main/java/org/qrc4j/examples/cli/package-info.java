/** The {@code qrc4j} command line: one picocli class per subcommand. */
package org.qrc4j.examples.cli;
