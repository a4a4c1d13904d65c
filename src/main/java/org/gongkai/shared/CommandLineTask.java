package org.gongkai.shared;

import java.io.PrintStream;
import java.util.List;

/**
 * A command run as {@code java -jar gongkai.jar NAME ARGS…} instead of the server. Any
 * module may contribute one as a bean; the application starts without the web server,
 * runs it and exits with its status.
 */
public interface CommandLineTask {

	/** The command word, such as {@code deadline}. */
	String name();

	/** One line of usage for the help text. */
	String usage();

	/**
	 * Runs the command.
	 * @param args the arguments after the command word
	 * @param out where results go; the first line is the result a script reads
	 * @return the process exit status: 0 success, 2 bad arguments, 1 other failure
	 */
	int run(List<String> args, PrintStream out);

}
