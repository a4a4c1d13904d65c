package org.gongkai;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Gongkai, a platform for an agency's 政府信息公开 work: applications, proactive disclosure and the annual report.
 */
@SpringBootApplication
@EnableScheduling
public class GongkaiApplication {

	public static void main(String[] args) {
		SpringApplication.run(GongkaiApplication.class, args);
	}

}
