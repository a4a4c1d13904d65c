package org.gongkai;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code java -jar gongkai.jar create-admin USERNAME} through the real entry point, with
 * the password on standard input, against one database that outlives each run (as a
 * production database does): it creates an administrator over the top region once, and
 * refuses a taken name or a weak password with status 2, creating nothing.
 */
class CreateAdminCommandLineTests {

	private String url;

	@TempDir
	Path dataDir;

	@BeforeEach
	void database() {
		// A file database, as the embedded set-up has: each run opens and closes it.
		url = "jdbc:h2:file:" + dataDir.resolve("gongkai") + ";MODE=PostgreSQL;DEFAULT_NULL_ORDERING=HIGH";
		System.setProperty("spring.datasource.url", url);
	}

	@AfterEach
	void clear() {
		System.clearProperty("spring.datasource.url");
	}

	record Run(int status, String out) {
	}

	static Run run(String stdin, String... args) {
		PrintStream originalOut = System.out;
		InputStream originalIn = System.in;
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
			System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
			int status = GongkaiApplication.runCommand(args);
			return new Run(status, out.toString(StandardCharsets.UTF_8));
		}
		finally {
			System.setOut(originalOut);
			System.setIn(originalIn);
		}
	}

	JdbcClient db() {
		return JdbcClient.create(new DriverManagerDataSource(url, "sa", ""));
	}

	int staffCount() {
		return db().sql("select count(*) from staff").query(Integer.class).single();
	}

	@Test
	void createsAnAdministratorOverTheTopRegionAndRefusesTheSameNameAgain() {
		Run first = run("Sicher-Passwort-2026\n", "create-admin", "chief", "--region=测试区");
		assertThat(first.status()).as(first.out()).isZero();
		assertThat(first.out()).contains("OK 已创建管理员 chief（测试区）").doesNotContain("Sicher-Passwort-2026");
		assertThat(db().sql("""
				select a.name from staff s join staff_role r on r.staff_id = s.id join agency a on a.id = r.agency_id
				where s.username = 'chief' and r.role = 'ADMINISTRATOR' and a.parent_id is null""")
			.query(String.class)
			.list()).containsExactly("测试区");
		assertThat(db().sql("select action from audit_entry order by seq").query(String.class).list())
			.containsExactly("agency.created", "staff.created");

		Run second = run("Anderes-Passwort-2026\n", "create-admin", "deputy");
		assertThat(second.status()).as(second.out()).isZero();
		assertThat(second.out()).contains("OK 已创建管理员 deputy（测试区）");

		Run taken = run("Drittes-Passwort-2026\n", "create-admin", "chief");
		assertThat(taken.status()).isEqualTo(2);
		assertThat(taken.out()).contains("ERROR 用户名已存在：chief");
		assertThat(staffCount()).isEqualTo(2);
	}

	@Test
	void aWeakPasswordOrAMissingRegionCreatesNothing() {
		Run weak = run("password12\n", "create-admin", "chief", "--region=测试区");
		assertThat(weak.status()).isEqualTo(2);
		assertThat(weak.out()).contains("ERROR 密码过弱").contains("至少 12 个字符");
		Run containsName = run("My-chief-Password-1\n", "create-admin", "chief", "--region=测试区");
		assertThat(containsName.status()).isEqualTo(2);
		assertThat(containsName.out()).contains("不得包含用户名");
		Run noRegion = run("Sicher-Passwort-2026\n", "create-admin", "chief");
		assertThat(noRegion.status()).isEqualTo(2);
		assertThat(noRegion.out()).contains("--region=名称");
		Run passwordOnTheCommandLine = run("", "create-admin", "chief", "--password=Sicher-Passwort-2026");
		assertThat(passwordOnTheCommandLine.status()).isEqualTo(2);
		assertThat(staffCount()).isZero();
		assertThat(db().sql("select count(*) from agency").query(Integer.class).single()).isZero();
	}

}
