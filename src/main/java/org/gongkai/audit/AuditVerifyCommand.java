package org.gongkai.audit;

import java.io.PrintStream;
import java.util.List;

import org.gongkai.shared.CommandLineTask;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar gongkai.jar audit-verify}: walks the whole audit chain with the key
 * ring, compares it with the checkpoints published outside the database, and prints
 * whether it is intact; exits 0 if it is and 1 if an entry was altered or deleted, the
 * trail was truncated, or the checkpoint file is missing or forged, so that a cron job or
 * monitoring can alert on it. An intact verification publishes a checkpoint.
 */
@Component
class AuditVerifyCommand implements CommandLineTask {

	private final AuditTrail trail;

	AuditVerifyCommand(AuditTrail trail) {
		this.trail = trail;
	}

	@Override
	public String name() {
		return "audit-verify";
	}

	@Override
	public String usage() {
		return "audit-verify    核验审计链及其检查点（完整退出码 0，被篡改、截短或检查点缺失退出码 1）";
	}

	@Override
	public int run(List<String> args, PrintStream out) {
		if (!args.isEmpty()) {
			out.println("audit-verify 不接受参数");
			return 2;
		}
		AuditTrail.Verification result = trail.verify();
		out.println((result.intact() ? "OK " : "BROKEN ") + result.message());
		out.println("entries checked: " + result.entriesChecked()
				+ result.firstBrokenSeq().map(seq -> ", first broken entry: " + seq).orElse("")
				+ result.problem().map(problem -> ", problem: " + problem).orElse("") + ", checkpoint up to entry: "
				+ result.checkpointSeq());
		return result.intact() ? 0 : 1;
	}

}
