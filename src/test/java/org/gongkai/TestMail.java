package org.gongkai;

import java.io.IOException;
import java.net.ServerSocket;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * The GreenMail SMTP server that receives every email the full-boot test contexts send,
 * started once per JVM.
 */
public final class TestMail {

	private static final GreenMail SERVER = start();

	private TestMail() {
	}

	/** The running server, to read what was sent. */
	public static GreenMail server() {
		return SERVER;
	}

	static int port() {
		return SERVER.getSmtp().getPort();
	}

	private static GreenMail start() {
		GreenMail server = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		server.start();
		Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
		return server;
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

}
