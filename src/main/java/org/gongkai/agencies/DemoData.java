package org.gongkai.agencies;

import java.time.Clock;
import java.time.OffsetDateTime;

import org.gongkai.shared.IdentifierChecks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo data for a first start on an empty database: the region 南阳市卧龙区, its supervising
 * office, four agencies and a sign-in for every role. Runs only in demo mode
 * ({@code gongkai.demo.enabled=true}, the default of the embedded set-up), so demo
 * passwords never reach a production database.
 */
@Component
@ConditionalOnProperty(name = "gongkai.demo.enabled", havingValue = "true")
public class DemoData {

	/** The password of every demo account; documented in the README. */
	public static final String DEMO_PASSWORD = "demo1234";

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	private final Agencies agencies;

	private final StaffMembers staff;

	private final PasswordEncoder passwords;

	private final JdbcClient jdbc;

	private final Clock clock;

	DemoData(Agencies agencies, StaffMembers staff, PasswordEncoder passwords, JdbcClient jdbc, Clock clock) {
		this.agencies = agencies;
		this.staff = staff;
		this.passwords = passwords;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Loads the demo agencies and staff unless any agency exists; returns whether it
	 * loaded anything.
	 * <p>
	 * Safe when instances start together: the load is claimed by a row of
	 * {@code startup_claim} inserted in the same transaction, so a second instance waits
	 * on that row until the first commits (and then skips) or rolls back (and then
	 * loads).
	 */
	@Transactional
	@Order(0)
	public boolean loadIfEmpty() {
		int claimed = jdbc
			.sql("insert into startup_claim (name, claimed_at) values ('demo-data', :at) on conflict do nothing")
			.param("at", OffsetDateTime.now(clock))
			.update();
		if (claimed == 0 || agencies.count() > 0) {
			return false;
		}
		Agency region = agencies.save(new Agency(null, AgencyKind.REGION, "南阳市卧龙区", null));
		Agency office = agency(region, AgencyKind.SUPERVISING_OFFICE, "卧龙区人民政府办公室", "11411303MB0000001", "区政务公开办",
				"0377-63100001");
		Agency commerce = agency(region, AgencyKind.AGENCY, "卧龙区商务局", "11411303MB0000002", "局办公室（政务公开）",
				"0377-63100002");
		Agency education = agency(region, AgencyKind.AGENCY, "卧龙区教育局", "11411303MB0000003", "局办公室（政务公开）",
				"0377-63100003");
		Agency finance = agency(region, AgencyKind.AGENCY, "卧龙区财政局", "11411303MB0000004", "局办公室（政务公开）",
				"0377-63100004");

		person("admin", "区管理员 王敏", Role.ADMINISTRATOR, region.getId());
		person("registrar", "登记员 李娜", Role.REGISTRAR, commerce.getId());
		person("handler", "承办人 张伟", Role.HANDLER, commerce.getId());
		person("reviewer", "审核人 刘洋", Role.REVIEWER, commerce.getId());
		person("head", "公开办负责人 陈静", Role.OFFICE_HEAD, commerce.getId());
		person("publisher", "发布员 杨帆", Role.PUBLISHER, commerce.getId());
		person("section", "科室负责人 孙丽", Role.SECTION_HEAD, commerce.getId());
		person("leader", "分管领导 高峰", Role.LEADER, commerce.getId());
		person("supervisor", "督办 赵磊", Role.SUPERVISOR, office.getId());
		Staff both = person("edu.handler", "教育局承办人 周婷", Role.HANDLER, education.getId());
		both.grant(Role.REGISTRAR, education.getId());
		staff.save(both);
		person("finance.handler", "财政局承办人 吴刚", Role.HANDLER, finance.getId());
		log.info("Loaded demo data: region {}, {} agencies, {} staff (password '{}')", region.getName(),
				agencies.count() - 1, staff.count(), DEMO_PASSWORD);
		return true;
	}

	private Agency agency(Agency region, AgencyKind kind, String name, String creditBody, String office, String phone) {
		Agency agency = new Agency(region.getId(), kind, name, IdentifierChecks.withCreditCheck(creditBody));
		AgencyContacts contacts = new AgencyContacts(name, agency.getCreditCode(), name + office, "河南省南阳市卧龙区人民路 1 号",
				"473000", "工作日 上午 8:30–12:00，下午 15:00–18:00（夏季）", phone, phone.replace("0377-631", "0377-632"),
				"http://www.wolong.gov.cn", null);
		agency.updateContacts(contacts);
		return agencies.save(agency);
	}

	private Staff person(String username, String name, Role role, long agencyId) {
		Staff member = new Staff(username, name, username.replace('.', '-') + "@demo.gongkai.org",
				passwords.encode(DEMO_PASSWORD));
		member.grant(role, agencyId);
		return staff.save(member);
	}

}
