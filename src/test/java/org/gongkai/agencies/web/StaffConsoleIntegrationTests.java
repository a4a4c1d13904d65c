package org.gongkai.agencies.web;

import java.time.Instant;

import org.gongkai.agencies.Agencies;
import org.gongkai.agencies.Agency;
import org.gongkai.agencies.Fixtures;
import org.gongkai.agencies.Role;
import org.gongkai.agencies.RoleGrant;
import org.gongkai.agencies.Staff;
import org.gongkai.agencies.StaffMembers;
import org.gongkai.agencies.StaffPrincipal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The console pages where an administrator manages staff accounts and roles; each test
 * rolls back.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class StaffConsoleIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	StaffMembers staff;

	@Autowired
	Agencies agencies;

	@Autowired
	PasswordEncoder passwords;

	@Autowired
	JdbcClient jdbc;

	StaffPrincipal admin;

	Agency commerce;

	Agency education;

	@BeforeEach
	void demo() {
		admin = Fixtures.signedIn(staff, "admin");
		commerce = Fixtures.agency(agencies, "卧龙区商务局");
		education = Fixtures.agency(agencies, "卧龙区教育局");
	}

	String lastSummary(String action) {
		return jdbc.sql("select summary from audit_entry where action = :a order by seq desc limit 1")
			.param("a", action)
			.query(String.class)
			.single();
	}

	@Test
	void listsStaffWithTheirRolesAndAgencies() throws Exception {
		mvc.perform(get("/console/staff").with(user(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("edu.handler")))
			.andExpect(content().string(containsString("承办人")))
			.andExpect(content().string(containsString("卧龙区财政局")))
			.andExpect(content().string(containsString("badge ok\">正常")));
	}

	@Test
	void createsAnAccountWithAnInitialPasswordThatSignsIn() throws Exception {
		mvc.perform(post("/console/staff").with(user(admin))
			.with(csrf())
			.param("username", "li.ming")
			.param("displayName", "承办人 李明")
			.param("email", "li.ming@wolong.gov.cn")
			.param("password", "Start2026x")
			.param("role", "HANDLER")
			.param("agencyId", commerce.getId().toString())).andExpect(status().is3xxRedirection());
		Staff created = staff.findByUsername("li.ming").orElseThrow();
		assertThat(created.grants()).containsExactly(new RoleGrant(Role.HANDLER, commerce.getId()));
		assertThat(passwords.matches("Start2026x", created.toPrincipal(Instant.EPOCH).getPassword())).isTrue();
		assertThat(lastSummary("staff.created")).contains("li.ming")
			.doesNotContain("li.ming@wolong.gov.cn")
			.contains("li.*");
	}

	@Test
	void aTakenUserNameWeakPasswordOrOverLongNameIsExplainedAndNothingIsCreated() throws Exception {
		long before = staff.count();
		mvc.perform(post("/console/staff").with(user(admin))
			.with(csrf())
			.param("username", "handler")
			.param("displayName", "重名")
			.param("password", "Start2026x")
			.param("role", "HANDLER")
			.param("agencyId", commerce.getId().toString()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("该用户名已被使用")));
		mvc.perform(post("/console/staff").with(user(admin))
			.with(csrf())
			.param("username", "Bad Name")
			.param("displayName", "名".repeat(101))
			.param("password", "short")
			.param("role", "HANDLER")
			.param("agencyId", commerce.getId().toString()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("用户名为 3–64 位小写字母")))
			.andExpect(content().string(containsString("内容过长")))
			.andExpect(content().string(containsString("密码至少 8 位")));
		assertThat(staff.count()).isEqualTo(before);
	}

	@Test
	void grantsAndRevokesRolesButNeverTheLastOne() throws Exception {
		Staff member = Fixtures.accountWith(staff, passwords, "wang.fang", Role.HANDLER, commerce.getId());
		mvc.perform(post("/console/staff/" + member.getId() + "/grants").with(user(admin))
			.with(csrf())
			.param("role", "REVIEWER")
			.param("agency", education.getId().toString()))
			.andExpect(redirectedUrl("/console/staff/" + member.getId()));
		assertThat(staff.findById(member.getId()).orElseThrow().grants())
			.contains(new RoleGrant(Role.REVIEWER, education.getId()));
		assertThat(lastSummary("staff.role-granted")).contains("REVIEWER@" + education.getId());

		mvc.perform(post("/console/staff/" + member.getId() + "/grants/revoke").with(user(admin))
			.with(csrf())
			.param("role", "HANDLER")
			.param("agency", commerce.getId().toString())).andExpect(status().is3xxRedirection());
		mvc.perform(post("/console/staff/" + member.getId() + "/grants/revoke").with(user(admin))
			.with(csrf())
			.param("role", "REVIEWER")
			.param("agency", education.getId().toString()))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("不能撤销最后一个角色")));
		assertThat(staff.findById(member.getId()).orElseThrow().grants())
			.containsExactly(new RoleGrant(Role.REVIEWER, education.getId()));
	}

	@Test
	void aDisabledAccountCannotSignInUntilEnabledAgain() throws Exception {
		Staff member = Fixtures.accountWith(staff, passwords, "zhao.qian", Role.REGISTRAR, commerce.getId());
		mvc.perform(post("/console/staff/" + member.getId() + "/disable").with(user(admin)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/console/staff/" + member.getId()).with(user(admin)))
			.andExpect(content().string(containsString("badge late\">已停用")));
		mvc.perform(post("/login").with(csrf()).param("username", "zhao.qian").param("password", "demo1234"))
			.andExpect(redirectedUrl("/login?error=disabled"));
		mvc.perform(get("/login").param("error", "disabled")).andExpect(content().string(containsString("账户已停用")));

		mvc.perform(post("/console/staff/" + member.getId() + "/enable").with(user(admin)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post("/login").with(csrf()).param("username", "zhao.qian").param("password", "demo1234"))
			.andExpect(redirectedUrl("/console"));
		assertThat(lastSummary("staff.enabled")).contains("停用 → 启用");
	}

	@Test
	void anAdministratorCannotDisableThemselvesOrDropTheirOwnAdministration() throws Exception {
		mvc.perform(post("/console/staff/" + admin.id() + "/disable").with(user(admin)).with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("不能停用自己的账户")));
		assertThat(staff.findById(admin.id()).orElseThrow().isEnabled()).isTrue();
	}

	@Test
	void resetsAPasswordAndLiftsALockout() throws Exception {
		Staff member = Fixtures.accountWith(staff, passwords, "sun.li", Role.HANDLER, commerce.getId());
		mvc.perform(post("/console/staff/" + member.getId() + "/password").with(user(admin))
			.with(csrf())
			.param("password", "short"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("密码至少 8 位")));
		mvc.perform(post("/console/staff/" + member.getId() + "/password").with(user(admin))
			.with(csrf())
			.param("password", "Renewed2026")).andExpect(status().is3xxRedirection());
		Staff saved = staff.findById(member.getId()).orElseThrow();
		assertThat(passwords.matches("Renewed2026", saved.toPrincipal(Instant.EPOCH).getPassword())).isTrue();
		assertThat(lastSummary("staff.password-reset")).doesNotContain("Renewed2026");
	}

	@Test
	void anAdministratorOfOneAgencyReachesOnlyItsStaff() throws Exception {
		StaffPrincipal commerceAdmin = Fixtures
			.accountWith(staff, passwords, "commerce.admin", Role.ADMINISTRATOR, commerce.getId())
			.toPrincipal(Instant.EPOCH);
		Staff eduHandler = staff.findByUsername("edu.handler").orElseThrow();
		Staff handler = staff.findByUsername("handler").orElseThrow();

		mvc.perform(get("/console/staff").with(user(commerceAdmin)))
			.andExpect(content().string(containsString("registrar")))
			.andExpect(content().string(not(containsString("edu.handler"))));
		mvc.perform(get("/console/staff/" + eduHandler.getId()).with(user(commerceAdmin)))
			.andExpect(status().isNotFound());
		mvc.perform(post("/console/staff/" + eduHandler.getId() + "/disable").with(user(commerceAdmin)).with(csrf()))
			.andExpect(status().isNotFound());
		mvc.perform(post("/console/staff/" + handler.getId() + "/grants").with(user(commerceAdmin))
			.with(csrf())
			.param("role", "REVIEWER")
			.param("agency", education.getId().toString())).andExpect(status().isNotFound());
		assertThat(staff.findById(eduHandler.getId()).orElseThrow().isEnabled()).isTrue();
		assertThat(staff.findById(handler.getId()).orElseThrow().grants()).hasSize(1);
	}

	@Test
	void staffPagesAreForAdministratorsOnly() throws Exception {
		Staff handler = staff.findByUsername("handler").orElseThrow();
		for (String username : new String[] { "handler", "head", "supervisor" }) {
			mvc.perform(get("/console/staff").with(user(Fixtures.signedIn(staff, username))))
				.andExpect(status().isForbidden());
			mvc.perform(post("/console/staff/" + handler.getId() + "/disable")
				.with(user(Fixtures.signedIn(staff, username)))
				.with(csrf())).andExpect(status().isForbidden());
		}
		assertThat(staff.findById(handler.getId()).orElseThrow().isEnabled()).isTrue();
	}

}
